package org.precinct.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.cli.output.BuildInfo;
import org.precinct.cli.output.EventsLog;
import org.precinct.cli.output.ReplicationRows;
import org.precinct.cli.output.RunFacts;
import org.precinct.cli.output.ShutdownGuard;
import org.precinct.cli.output.StagedFolder;
import org.precinct.cli.output.SummaryJson;
import org.precinct.cli.output.TidyTables;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
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
    Instant started = Instant.now();
    BuildInfo build = BuildInfo.current();
    try (StagedFolder folder = StagedFolder.create(request.target(), request.force());
        ShutdownGuard guard = ShutdownGuard.install(folder)) {
      Path dir = folder.path();
      ScenarioResult result = simulate(request, build, dir, progress);
      ObjectNode summary = SummaryJson.of(result);
      write(dir.resolve(SUMMARY), SummaryJson.text(summary));
      TidyTables.writeAggregates(dir, result);
      writeEventsLog(request, result, dir);
      RunDocuments.write(dir, request, result);
      RunFacts facts =
          new RunFacts(
              started,
              Instant.now(),
              request.sampling().threads(),
              request.arguments(),
              build,
              request.scenarioName());
      facts.write(dir);
      stopIfInterrupted();
      return new RunOutput(result, summary, folder.commit(), facts);
    }
  }

  private static ScenarioResult simulate(
      RunRequest request, BuildInfo build, Path dir, ProgressDisplay progress) {
    RunRequest.Sampling sampling = request.sampling();
    RunPlan plan =
        RunPlan.defaults(request.scenario())
            .withInterventions(request.interventions())
            .withSeed(sampling.seed())
            .withReplications(sampling.replications())
            .withThreads(sampling.threads())
            .withProvenance(request.scenarioSha256(), build.version());
    try (ReplicationRows rows = ReplicationRows.open(dir)) {
      return new ScenarioRunner(request.scenario()).run(plan, new ProgressBridge(progress), rows);
    } catch (CancellationException e) {
      throw new RunInterruptedException(e);
    }
  }

  /** Replays replication 0 with an observer: its outcome equals the unobserved run's. */
  private static void writeEventsLog(RunRequest request, ScenarioResult result, Path dir) {
    RunRequest.Sampling sampling = request.sampling();
    RunPlan plan =
        RunPlan.defaults(request.scenario())
            .withInterventions(request.interventions())
            .withSeed(sampling.seed())
            .withReplications(sampling.replications());
    try (EventsLog log = EventsLog.open(dir, result.metadata().start(), 0)) {
      new ScenarioRunner(request.scenario()).runReplication(plan, 0, log);
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
