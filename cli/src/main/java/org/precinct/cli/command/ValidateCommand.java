package org.precinct.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.precinct.cli.console.ScenarioJson;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.scenarios.LoadResult;
import org.precinct.scenarios.ScenarioLoader;
import org.precinct.scenarios.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct validate FILE...}: reports every problem of every file, file:line:col first. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario files and reports every problem.",
      "%nReports every problem of every file, one per line, as file:line:col: path: message"
          + " (found ...; expected ...), and exits with 2 if any file has one.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct validate my-exercise.yaml",
      "  precinct validate scenarios/*.yaml",
      "  precinct validate --json my-exercise.yaml",
      "",
      "Exit codes: 0 every file is valid, 2 a file has a problem."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files to check.")
  private List<Path> files;

  @Option(
      names = "--json",
      description =
          "Print every file with its problems (file, line, column, path, message) as JSON on"
              + " stdout.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    List<ScenarioJson.Checked> checked = new ArrayList<>();
    for (Path file : files) {
      LoadResult result = ScenarioLoader.load(file);
      String id = result.isLoaded() ? result.loaded().metadata().id() : "";
      checked.add(new ScenarioJson.Checked(file.toString(), id, result.problems()));
      if (result.isLoaded()) {
        if (!json) {
          out.println(file + ": ok (" + id + ")");
        }
      } else {
        invalid++;
        if (!json) {
          result.problems().stream().map(Problem::render).forEach(err::println);
        }
      }
    }
    if (json) {
      ScenarioJson.validation(out, checked);
    }
    out.flush();
    err.flush();
    if (invalid > 0) {
      err.println(
          "precinct: "
              + invalid
              + " of "
              + files.size()
              + (files.size() == 1 ? " file" : " files")
              + " invalid");
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    return ExitCodes.OK;
  }
}
