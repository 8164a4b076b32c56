package org.precinct.cli.run;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.cli.output.EventsParts;
import org.precinct.cli.output.HeadlinePrecision;
import org.precinct.cli.output.ReplicationRows;
import org.precinct.cli.output.RunAssessment;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.ReplicationSinks;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.experiment.Sequential;
import org.precinct.engine.experiment.TargetPrecision;
import org.precinct.engine.experiment.TargetedRun;
import org.precinct.engine.experiment.tabletop.ObjectiveTally;
import org.precinct.engine.result.ScenarioResult;

/**
 * The replications of a whole run, a fixed count or as many as a {@code --target-ci} needs, with
 * replications.csv, events.jsonl and the objective tally fed as outcomes arrive in replication
 * order, so nothing is kept per replication but a few objective values.
 */
final class RunSimulation {
  private RunSimulation() {}

  static Assessed simulate(RunRequest request, RunPlan plan, Path dir, ProgressDisplay progress) {
    ScenarioRunner runner = new ScenarioRunner(request.scenario());
    ObjectiveTally tally = new ObjectiveTally(request.scenario().exercise());
    Optional<TargetPrecision> target = request.sampling().target();
    try (ReplicationRows rows = ReplicationRows.open(dir);
        EventsParts events = events(request, plan, dir)) {
      ReplicationSinks sinks =
          new ReplicationSinks(
              new ProgressBridge(progress), rows.andThen(events).andThen(tally), events);
      if (target.isEmpty()) {
        int[] all = IntStream.range(0, plan.replications()).toArray();
        ScenarioResult result =
            runner.aggregate(plan, all, sinks.listener(), sinks.each(), events).result();
        return new Assessed(result, new RunAssessment(tally.assessment(), Optional.empty()));
      }
      TargetPrecision t = target.get();
      Sequential<ScenarioResult> run =
          TargetedRun.run(
              runner, plan, t, r -> HeadlinePrecision.governing(r, t.halfWidth()), sinks);
      RunAssessment.Stop stop =
          new RunAssessment.Stop(t, run.replications(), run.halfWidth(), run.reached());
      return new Assessed(run.result(), new RunAssessment(tally.assessment(), Optional.of(stop)));
    } catch (CancellationException e) {
      throw new RunInterruptedException(e);
    }
  }

  /**
   * Replays the logged replications with observers, as a single run logs them while it runs: their
   * outcomes equal the shards' (which log nothing).
   */
  static void replayEventsLog(RunRequest request, RunPlan plan, Path dir) {
    int[] logged = IntStream.range(0, request.events().count(plan.replications())).toArray();
    try (EventsParts events = events(request, plan, dir)) {
      new ScenarioRunner(request.scenario())
          .aggregate(plan, logged, ProgressListener.NONE, events, events);
    }
  }

  private static EventsParts events(RunRequest request, RunPlan plan, Path dir) {
    return EventsParts.open(
        dir, request.scenario().timeline().start(), request.events().count(plan.replications()));
  }
}
