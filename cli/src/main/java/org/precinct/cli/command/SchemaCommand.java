package org.precinct.cli.command;

import java.util.concurrent.Callable;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.scenarios.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precinct schema}: prints the JSON Schema of the scenario format, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of the scenario format.",
      "%nPrints the JSON Schema (Draft-07) of the scenario format. Save it beside your"
          + " scenarios; a first line"
          + " `# yaml-language-server: $schema=precinct-scenario.schema.json` gives editors"
          + " completion and hover help.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {"  precinct schema > precinct-scenario.schema.json"})
public final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ScenarioSchema.json());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
