package org.precinct.cli.command;

import java.util.concurrent.Callable;
import org.precinct.cli.experiment.SensitivityDocument;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ScenarioSensitivity;
import org.precinct.engine.experiment.SensitivityRequest;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct sensitivity [SCENARIO]}: which uncertain assumptions move the answer most. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranks the uncertain parameters by how much they move a metric.",
      "",
      "Measures which of the scenario's uncertain parameters (its `uncertainty:` section) move the chosen metric most: a tornado of each at its low and high end with the rest at their centres, on the same replications, and the share of the variance each explains when all vary together over a Latin hypercube. Writes an output folder with report.html, summary.json, tornado.csv, variance-shares.csv and two charts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct sensitivity",
      "  precinct sensitivity --points 200 --replications 40",
      "  precinct sensitivity my-exercise.yaml --metric enforced-within-24h-share",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken, 4 internal error,",
      "            130 interrupted (no folder is left behind)."
    })
public final class SensitivityCommand implements Callable<Integer> {

  private static final int DEFAULT_REPLICATIONS = 20;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id or a YAML file (default: us-2024-general).")
  private String scenario;

  @Option(
      names = "--points",
      paramLabel = "N",
      defaultValue = "100",
      description = "Latin hypercube points where all parameters vary together (default: 100).")
  private int points;

  @Mixin private InterventionOptions interventions;
  @Mixin private ReplicationOptions replication;
  @Mixin private ExperimentOptions experiment;
  @Mixin private OutputOptions output;
  @Mixin private ConsoleOptions console;

  @Mixin(name = "shard")
  private ShardOptions shard;

  @Override
  public Integer call() {
    ScenarioSource source = shard.load(scenario);
    ScenarioSpec s = source.spec();
    if (s.uncertainties().isEmpty()) {
      throw new InvalidInputException(
          "scenario '"
              + s.metadata().id()
              + "' has no uncertain parameters; add an `uncertainty:`"
              + " section with a range for each assumption to analyse");
    }
    if (points < 20 || points > 10_000) {
      throw new InvalidInputException("--points must be between 20 and 10000, got " + points);
    }
    InterventionSet on = interventions.apply(s);
    int replications =
        replication.replications(new RunDefaultsSpec(s.run().seed(), DEFAULT_REPLICATIONS));
    SensitivityRequest request =
        new SensitivityRequest(experiment.metric(), experiment.budget(replications), points, 1000);
    int variants = 2 * s.uncertainties().size() + 1;
    return launcher()
        .run(
            source,
            replications,
            variants * experiment.cap(replications) + points,
            "-sensitivity",
            (plan, listener, cells) ->
                new SensitivityDocument(
                    ScenarioSensitivity.run(
                        s, plan.withInterventions(on), request, listener, cells),
                    s));
  }

  private ExperimentLauncher launcher() {
    return new ExperimentLauncher(spec, replication, experiment, output, console, shard);
  }
}
