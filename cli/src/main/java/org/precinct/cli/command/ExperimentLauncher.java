package org.precinct.cli.command;

import org.precinct.cli.console.ConsoleEnvironment;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.experiment.ExperimentPipeline;
import org.precinct.cli.experiment.ExperimentSettings;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What compare, attribute, sweep and sensitivity do once their design is parsed: refuse a sharded
 * adaptive budget, open one progress bar over this process's share of the runs, run the experiment
 * through {@link ExperimentPipeline} (whole, one shard, or a merge), and print.
 */
record ExperimentLauncher(
    CommandSpec spec,
    ReplicationOptions replication,
    ExperimentOptions experiment,
    OutputOptions output,
    ConsoleOptions console,
    ShardOptions shard) {

  /**
   * Runs {@code body} on {@code source} with {@code replications}; {@code runs} is the whole
   * experiment's count for the progress bar, {@code folderSuffix} names the default output folder
   * (e.g. "-sweep").
   */
  int run(
      ScenarioSource source,
      int replications,
      int runs,
      String folderSuffix,
      ExperimentPipeline.Experiment body) {
    shard.refuseAdaptive(experiment.targeted());
    ScenarioSpec s = source.spec();
    ExperimentSettings settings =
        new ExperimentSettings(
            source.name(),
            s,
            source.sha256(),
            replication.seed(s.run()),
            replications,
            replication.threads(),
            output.target(s.metadata().id() + folderSuffix),
            output.force(),
            output.formats(),
            spec.commandLine().getParseResult().originalArgs());
    ExperimentPipeline.Outcome outcome;
    try (ProgressDisplay progress =
        ProgressDisplay.open(
            "Runs",
            shard.share(runs),
            spec.commandLine().getErr(),
            ConsoleEnvironment.detect(),
            console.quiet() || console.json())) {
      outcome = ExperimentPipeline.execute(settings, progress, body, shard.sharding(source));
    }
    ExperimentPrinter.print(spec.commandLine().getOut(), console, outcome);
    return ExitCodes.OK;
  }
}
