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

  /** What an experiment command gets back. */
  public record Outcome(ExperimentDocument document, Path folder, RunFacts facts) {}

  /**
   * Runs {@code experiment} with the base plan of {@code settings} and writes its document.
   *
   * @param experiment runs the experiment on a plan, reporting each simulation run to the listener
   */
  public static Outcome execute(
      ExperimentSettings settings, ProgressDisplay progress, Experiment experiment) {
    Instant started = Instant.now();
    BuildInfo build = BuildInfo.current();
    try (StagedFolder folder = StagedFolder.create(settings.target(), settings.force());
        ShutdownGuard guard = ShutdownGuard.install(folder)) {
      Path dir = folder.path();
      ExperimentDocument document = run(experiment, settings.plan(build.version()), progress);
      write(dir.resolve(SUMMARY), json(document));
      document.writeTables(dir);
      List<Chart> charts = ExperimentCharts.render(document.charts(), dir, settings.chartFormats());
      ExperimentReportWriter.write(dir, document.report(charts, filesAfterReport(dir)));
      RunFacts facts =
          new RunFacts(
              started,
              Instant.now(),
              settings.threads(),
              settings.arguments(),
              build,
              settings.scenarioName());
      facts.write(dir);
      if (Thread.currentThread().isInterrupted()) {
        throw new RunInterruptedException(new InterruptedException("interrupted before commit"));
      }
      return new Outcome(document, folder.commit(), facts);
    }
  }

  /** An experiment: from a base plan and a progress listener to its document. */
  @FunctionalInterface
  public interface Experiment {
    /** Runs the experiment. */
    ExperimentDocument run(RunPlan plan, ProgressListener progress);
  }

  private static ExperimentDocument run(
      Experiment experiment, RunPlan plan, ProgressDisplay progress) {
    try {
      return experiment.run(plan, new ExperimentProgress(progress));
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
