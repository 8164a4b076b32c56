package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.experiment.SweepDocument;
import org.precinct.engine.experiment.ScenarioSweep;
import org.precinct.engine.experiment.SweepParameter;
import org.precinct.engine.experiment.SweepRequest;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct sweep [SCENARIO] --param PATH=VALUES}: a metric over a parameter grid. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Maps a metric over a grid of one or two parameters.",
      "",
      "Runs one or two parameters over a grid (e.g. reviewer staffing by classifier recall), every point on the same replications (common random numbers), and maps the chosen metric and the costs over the grid. Writes an output folder with report.html, summary.json, sweep.csv and a heat map."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct sweep --param queues.trust-safety.staff-scale=0.5:2:0.25",
      "  precinct sweep --param queues.trust-safety.staff-scale=0.5,1,1.5,2 \\",
      "                 --param classifiers.misinfo.recall=0.4:0.8:0.1",
      "  precinct sweep --param channels.cloud-partner-a.partner-delay-scale=0.5,1,2 --with"
          + " partner-fast-lane",
      "",
      "PATH is written as in the scenario file; VALUES is a list a,b,c or a range FROM:TO:STEP.",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken, 4 internal error,",
      "            130 interrupted (no folder is left behind)."
    })
public final class SweepCommand implements Callable<Integer> {

  private static final int DEFAULT_REPLICATIONS = 20;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id or a YAML file (default: us-2024-general).")
  private String scenario;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "PATH=VALUES",
      required = true,
      description = "A parameter and its grid values (once or twice).")
  private List<String> params = new ArrayList<>();

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
    ImmutableList<SweepParameter> grid = SweepGrid.parse(s, params);
    InterventionSet on = interventions.apply(s);
    int replications =
        replication.replications(new RunDefaultsSpec(s.run().seed(), DEFAULT_REPLICATIONS));
    SweepRequest request =
        new SweepRequest(grid, experiment.metric(), experiment.budget(replications));
    int points = grid.injectInto(1, (int n, SweepParameter p) -> n * p.axis().size());
    return launcher()
        .run(
            source,
            replications,
            points * experiment.cap(replications),
            "-sweep",
            (plan, listener, cells) ->
                new SweepDocument(
                    ScenarioSweep.run(s, plan.withInterventions(on), request, listener, cells), s));
  }

  private ExperimentLauncher launcher() {
    return new ExperimentLauncher(spec, replication, experiment, output, console, shard);
  }
}
