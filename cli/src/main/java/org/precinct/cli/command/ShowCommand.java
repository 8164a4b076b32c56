package org.precinct.cli.command;

import java.util.concurrent.Callable;
import org.precinct.cli.console.ScenarioOverview;
import org.precinct.cli.failure.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct show SCENARIO}: a readable summary of a scenario before running it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises a scenario.",
      "%nPrints a scenario's timeline, channels, campaigns, defenses, review queues, injects and"
          + " interventions, one short line per element.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {"  precinct show us-2024-general", "  precinct show my-exercise.yaml | less"})
public final class ShowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id (see `precinct list`) or a YAML file.")
  private String scenario;

  @Override
  public Integer call() {
    ScenarioSource source = ScenarioSource.load(scenario);
    ScenarioOverview.print(spec.commandLine().getOut(), source.spec());
    return ExitCodes.OK;
  }
}
