package org.precinct.cli.command;

import java.util.concurrent.Callable;
import org.precinct.cli.console.ScenarioJson;
import org.precinct.cli.console.ScenarioOverview;
import org.precinct.cli.failure.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    footer = {
      "  precinct show us-2024-general",
      "  precinct show my-exercise.yaml | less",
      "  precinct show us-2024-general --json"
    })
public final class ShowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id (see `precinct list`) or a YAML file.")
  private String scenario;

  @Option(names = "--json", description = "Print the scenario's ids and metadata as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    ScenarioSource source = ScenarioSource.load(scenario);
    if (json) {
      ScenarioJson.show(spec.commandLine().getOut(), source.spec());
    } else {
      ScenarioOverview.print(spec.commandLine().getOut(), source.spec());
    }
    return ExitCodes.OK;
  }
}
