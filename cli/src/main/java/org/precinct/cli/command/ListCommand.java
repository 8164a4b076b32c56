package org.precinct.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.precinct.cli.console.ScenarioJson;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.scenarios.BundledScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precinct list}: the bundled scenarios, with their titles. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the bundled scenarios with their titles.",
    footerHeading = "%nExamples:%n",
    footer = {"  precinct list", "  precinct list --json", "  precinct show us-2024-general"})
public final class ListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print the scenarios as a JSON array.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ScenarioJson.Listed> scenarios =
        BundledScenarios.list().stream()
            .map(
                s ->
                    new ScenarioJson.Listed(
                        s.id(),
                        s.load().orThrow().metadata().title(),
                        s.id().equals(BundledScenarios.DEFAULT_ID)))
            .toList();
    if (json) {
      ScenarioJson.list(out, scenarios);
      return ExitCodes.OK;
    }
    int width = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (ScenarioJson.Listed scenario : scenarios) {
      String marker = scenario.isDefault() ? "  (default)" : "";
      out.printf("%-" + width + "s  %s%s%n", scenario.id(), scenario.title(), marker);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
