package org.precinct.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.BundledScenarios;
import org.precinct.scenarios.BundledScenarios.BundledScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precinct list}: the bundled scenarios, with their titles. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the bundled scenarios with their titles.",
    footerHeading = "%nExamples:%n",
    footer = {"  precinct list", "  precinct show us-2024-general"})
public final class ListCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<BundledScenario> scenarios = BundledScenarios.list();
    int width = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (BundledScenario scenario : scenarios) {
      ScenarioSpec loaded = scenario.load().orThrow();
      String marker = scenario.id().equals(BundledScenarios.DEFAULT_ID) ? "  (default)" : "";
      out.printf("%-" + width + "s  %s%s%n", scenario.id(), loaded.metadata().title(), marker);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
