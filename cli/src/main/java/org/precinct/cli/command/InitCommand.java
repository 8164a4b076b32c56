package org.precinct.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.scenarios.ScenarioSchema;
import org.precinct.scenarios.StarterScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precinct init NAME}: writes NAME.yaml, a small commented starter scenario to edit, and the
 * JSON Schema beside it so that the file's modeline gives editors completion and hover help.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a commented starter scenario to edit.",
      "%nWrites NAME.yaml, a small, valid, commented scenario whose first line points editors at"
          + " the scenario JSON Schema, and that schema beside it"
          + " (precinct-scenario.schema.json, unless one is there already).%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct init my-exercise",
      "  precinct init exercises/tabletop-1      (writes exercises/tabletop-1.yaml)",
      "  precinct validate my-exercise.yaml && precinct run my-exercise.yaml"
    })
public final class InitCommand implements Callable<Integer> {
  private static final String ID = "[a-z0-9][a-z0-9-]*";

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      description = "The scenario id (lower-case letters, digits, '-'), optionally with a folder.")
  private String name;

  @Option(names = "--force", description = "Overwrite NAME.yaml if it exists.")
  private boolean force;

  @Override
  public Integer call() {
    Path file = Path.of(name.endsWith(".yaml") ? name : name + ".yaml");
    String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (!id.matches(ID)) {
      throw new InvalidInputException(
          "'"
              + id
              + "' is not a scenario id: use lower-case letters, digits and '-',"
              + " starting with a letter or digit (e.g. my-exercise)");
    }
    if (Files.exists(file) && !force) {
      throw new InvalidInputException(file + " already exists; add --force to overwrite it");
    }
    Path schema = file.toAbsolutePath().resolveSibling(StarterScenario.DEFAULT_SCHEMA_LOCATION);
    boolean writeSchema = !Files.exists(schema);
    write(file, StarterScenario.text(id));
    if (writeSchema) {
      write(schema, ScenarioSchema.json());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Wrote " + file + (writeSchema ? " and " + schema.getFileName() + " beside it" : ""));
    out.println("Next: precinct validate " + file + " && precinct run " + file);
    out.flush();
    return ExitCodes.OK;
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
