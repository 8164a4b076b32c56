package org.precinct.cli.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.cli.output.BuildInfo;
import org.precinct.cli.output.RunFacts;
import org.precinct.cli.output.ShutdownGuard;
import org.precinct.cli.output.StagedFolder;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.shard.CellFile;
import org.precinct.cli.shard.PartialSet;
import org.precinct.cli.shard.ShardTask;
import org.precinct.cli.shard.Sharding;
import org.precinct.engine.experiment.CellMode;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;

/**
 * Runs an experiment into its output folder the way {@code precinct run} does: the folder is staged
 * first (so a bad --out fails before any simulation), the experiment runs with one progress bar
 * over all its runs, then summary.json, the CSV tables, the charts, the report and run.json are
 * written, and the folder is moved into place only when complete.
 */
public final class ExperimentPipeline {

  /** The summary's file name. */
  public static final String SUMMARY = "summary.json";

  private ExperimentPipeline() {}

  /**
   * What an experiment command gets back: for a shard ({@code shard} not null) the document is null
   * and {@code cells} counts the cells it simulated.
   */
  public record Outcome(
      ExperimentDocument document, Path folder, RunFacts facts, ShardTask shard, long cells) {}

  /**
   * Runs {@code experiment} with the base plan of {@code settings} and writes its document; under
   * {@code sharding}, runs one shard of its cells into a partial folder instead, or replays the
   * cells of every shard's partial folder.
   *
   * @param experiment runs the experiment on a plan, reporting each simulation run to the listener
   */
  public static Outcome execute(
      ExperimentSettings settings,
      ProgressDisplay progress,
      Experiment experiment,
      Sharding sharding) {
    Instant started = Instant.now();
    BuildInfo build = BuildInfo.current();
    try (StagedFolder folder = StagedFolder.create(settings.target(), settings.force());
        ShutdownGuard guard = ShutdownGuard.install(folder)) {
      Path dir = folder.path();
      RunPlan plan = settings.plan(build.version());
      ExperimentDocument document = null;
      ShardTask task = null;
      long cells = 0;
      if (sharding instanceof Sharding.Part part) {
        task = part.task();
        cells = simulateShard(experiment, plan, progress, task, dir);
        task.writeManifest(dir, build.version(), plan.seed(), settings.replications(), null, cells);
      } else {
        document = analyse(experiment, plan, progress, sharding);
        write(dir.resolve(SUMMARY), json(document));
        document.writeTables(dir);
        List<Chart> charts =
            ExperimentCharts.render(
                document.charts(),
                dir,
                settings.chartFormats(),
                settings.scenario().metadata().title());
        ExperimentReportWriter.write(dir, document.report(charts, filesAfterReport(dir)));
      }
      RunFacts facts = facts(settings, started, build);
      facts.write(dir);
      stopIfInterrupted();
      return new Outcome(document, folder.commit(), facts, task, cells);
    }
  }

  /** The experiment's document, from its own simulations or from every shard's cells. */
  private static ExperimentDocument analyse(
      Experiment experiment, RunPlan plan, ProgressDisplay progress, Sharding sharding) {
    if (sharding instanceof Sharding.Merge merge) {
      PartialSet.CellReplay replay = merge.partials().cells();
      ExperimentDocument document = run(experiment, plan, progress, new CellMode.Replay(replay));
      replay.checkAllUsed();
      return document;
    }
    return run(experiment, plan, progress, CellMode.ALL);
  }

  /**
   * Simulates the cells of one shard into cells.bin.gz and returns how many; the experiment's own
   * analysis of stand-in values for other shards' cells is discarded.
   */
  private static long simulateShard(
      Experiment experiment, RunPlan plan, ProgressDisplay progress, ShardTask task, Path dir) {
    try (CellFile file = CellFile.create(dir)) {
      run(experiment, plan, progress, task.spec().cellMode(file));
      return file.written();
    }
  }

  private static RunFacts facts(ExperimentSettings settings, Instant started, BuildInfo build) {
    return new RunFacts(
        started,
        Instant.now(),
        settings.threads(),
        settings.arguments(),
        build,
        settings.scenarioName());
  }

  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new RunInterruptedException(new InterruptedException("interrupted before commit"));
    }
  }

  /** An experiment: from a base plan, a progress listener and a cell mode to its document. */
  @FunctionalInterface
  public interface Experiment {
    /** Runs the experiment, simulating (or replaying) the cells {@code cells} selects. */
    ExperimentDocument run(RunPlan plan, ProgressListener progress, CellMode cells);
  }

  private static ExperimentDocument run(
      Experiment experiment, RunPlan plan, ProgressDisplay progress, CellMode cells) {
    try {
      return experiment.run(plan, new ExperimentProgress(progress), cells);
    } catch (CancellationException e) {
      throw new RunInterruptedException(e);
    }
  }

  private static String json(ExperimentDocument document) {
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(document.summary())
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("summary.json could not be written", e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> filesAfterReport(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Stream<String> present =
          files
              .filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString().replace('\\', '/'));
      return Stream.concat(
              present,
              Stream.of(
                  ExperimentReportWriter.HTML, ExperimentReportWriter.MARKDOWN, RunFacts.FILE))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
