package org.precinct.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.cli.output.BuildInfo;
import org.precinct.cli.output.EventsParts;
import org.precinct.cli.output.ReplicationRows;
import org.precinct.cli.output.RunFacts;
import org.precinct.cli.output.ShutdownGuard;
import org.precinct.cli.output.StagedFolder;
import org.precinct.cli.output.SummaryJson;
import org.precinct.cli.output.TidyTables;
import org.precinct.cli.shard.PartialManifest;
import org.precinct.cli.shard.PartialSet;
import org.precinct.cli.shard.ShardTask;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.ScenarioResult;

/**
 * Runs a scenario into its output folder: the replications (streaming replications.csv), then the
 * aggregated tables, summary.json, the charts and the report, all in a staged folder that is moved
 * into place only when complete, so a failure or Ctrl-C leaves nothing behind.
 */
public final class RunPipeline {
  /** The summary's file name. */
  public static final String SUMMARY = "summary.json";

  private RunPipeline() {}

  /** Runs {@code request}, reporting progress on {@code progress}. */
  public static RunOutput execute(RunRequest request, ProgressDisplay progress) {
    return write(request, (plan, dir) -> simulate(request, plan, dir, progress));
  }

  /**
   * Writes the folder {@link #execute} would from the partials of every shard: their exact
   * aggregates merged, their rows interleaved in replication order; nothing is simulated but the
   * replications of the events log, replayed to log what a single run logs.
   */
  public static RunOutput merge(RunRequest request, PartialSet partials) {
    return write(
        request,
        (plan, dir) -> {
          PartialManifest m = partials.manifest();
          if (m.replications() != plan.replications() || m.seed() != plan.seed()) {
            throw new InvalidInputException(
                "the partials' manifest (seed "
                    + m.seed()
                    + ", "
                    + m.replications()
                    + " replications) disagrees with their command line");
          }
          ResultAggregator total =
              partials.aggregate(new ScenarioRunner(request.scenario()).metadata(plan));
          partials.writeRows(dir.resolve(ReplicationRows.FILE));
          replayEventsLog(request, plan, dir);
          return total.result();
        });
  }

  /**
   * Runs one shard of {@code request} into a partial folder: the shard's replications folded into
   * an exact partial aggregate (aggregate.bin.gz), their rows (replications.csv), the scenario's
   * bytes, manifest.json and run.json.
   *
   * @return the committed partial folder
   */
  public static Path shard(RunRequest request, ShardTask task, ProgressDisplay progress) {
    Instant started = Instant.now();
    BuildInfo build = BuildInfo.current();
    try (StagedFolder folder = StagedFolder.create(request.target(), request.force());
        ShutdownGuard guard = ShutdownGuard.install(folder)) {
      Path dir = folder.path();
      RunPlan plan = plan(request, build);
      int[] mine = task.spec().replications(plan.replications());
      ResultAggregator part;
      try (ReplicationRows rows = ReplicationRows.open(dir)) {
        part =
            new ScenarioRunner(request.scenario())
                .aggregate(plan, mine, new ProgressBridge(progress), rows);
      } catch (CancellationException e) {
        throw new RunInterruptedException(e);
      }
      try (DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(
                  new GZIPOutputStream(
                      Files.newOutputStream(dir.resolve(PartialSet.AGGREGATE)))))) {
        part.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      task.writeManifest(dir, build.version(), plan.seed(), plan.replications(), mine, null);
      facts(request, started, build).write(dir);
      stopIfInterrupted();
      return folder.commit();
    }
  }

  /** Where a run's aggregated result comes from: simulation, or the shards' partials. */
  @FunctionalInterface
  private interface ResultSource {
    ScenarioResult produce(RunPlan plan, Path dir);
  }

  private static RunOutput write(RunRequest request, ResultSource source) {
    Instant started = Instant.now();
    BuildInfo build = BuildInfo.current();
    try (StagedFolder folder = StagedFolder.create(request.target(), request.force());
        ShutdownGuard guard = ShutdownGuard.install(folder)) {
      Path dir = folder.path();
      ScenarioResult result = source.produce(plan(request, build), dir);
      ObjectNode summary = SummaryJson.of(result);
      write(dir.resolve(SUMMARY), SummaryJson.text(summary));
      TidyTables.writeAggregates(dir, result);
      RunDocuments.write(dir, request, result);
      RunFacts facts = facts(request, started, build);
      facts.write(dir);
      stopIfInterrupted();
      return new RunOutput(result, summary, folder.commit(), facts);
    }
  }

  private static RunFacts facts(RunRequest request, Instant started, BuildInfo build) {
    return new RunFacts(
        started,
        Instant.now(),
        request.sampling().threads(),
        request.arguments(),
        build,
        request.scenarioName());
  }

  private static RunPlan plan(RunRequest request, BuildInfo build) {
    RunRequest.Sampling sampling = request.sampling();
    return RunPlan.defaults(request.scenario())
        .withInterventions(request.interventions())
        .withSeed(sampling.seed())
        .withReplications(sampling.replications())
        .withThreads(sampling.threads())
        .withProvenance(request.scenarioSha256(), build.version());
  }

  private static ScenarioResult simulate(
      RunRequest request, RunPlan plan, Path dir, ProgressDisplay progress) {
    int[] all = IntStream.range(0, plan.replications()).toArray();
    ScenarioRunner runner = new ScenarioRunner(request.scenario());
    try (ReplicationRows rows = ReplicationRows.open(dir);
        EventsParts events = events(request, plan, dir)) {
      return runner
          .aggregate(plan, all, new ProgressBridge(progress), rows.andThen(events), events)
          .result();
    } catch (CancellationException e) {
      throw new RunInterruptedException(e);
    }
  }

  private static EventsParts events(RunRequest request, RunPlan plan, Path dir) {
    return EventsParts.open(
        dir, request.scenario().timeline().start(), request.events().count(plan.replications()));
  }

  /**
   * Replays the logged replications with observers, as a single run logs them while it runs: their
   * outcomes equal the shards' (which log nothing).
   */
  private static void replayEventsLog(RunRequest request, RunPlan plan, Path dir) {
    int[] logged = IntStream.range(0, request.events().count(plan.replications())).toArray();
    try (EventsParts events = events(request, plan, dir)) {
      new ScenarioRunner(request.scenario())
          .aggregate(plan, logged, ProgressListener.NONE, events, events);
    }
  }

  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RunInterruptedException(new InterruptedException("interrupted before commit"));
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
