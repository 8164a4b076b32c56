package org.precinct.cli.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.output.Headline;
import org.precinct.cli.output.MetricText;
import org.precinct.cli.output.ObjectiveText;
import org.precinct.cli.output.RunAssessment;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import picocli.CommandLine.Help.Ansi;

/**
 * The short plain-text summary a run prints on stdout: what ran, the six headline numbers with
 * their 95% confidence intervals, whether they are precise enough, and where the outputs are.
 */
public final class RunSummaryText {
  private RunSummaryText() {}

  /** Prints the summary of a run without objectives or target; bold only with {@code colours}. */
  public static void print(
      PrintWriter out, ScenarioResult result, Path folder, Duration took, boolean colours) {
    print(out, result, RunAssessment.none(), folder, took, colours);
  }

  /**
   * Prints the summary with how a --target-ci run stopped and how the exercise objectives fared;
   * bold labels only when {@code colours} is set.
   */
  public static void print(
      PrintWriter out,
      ScenarioResult result,
      RunAssessment assessment,
      Path folder,
      Duration took,
      boolean colours) {
    Ansi ansi = colours ? Ansi.ON : Ansi.OFF;
    RunMetadata meta = result.metadata();
    out.println(
        ansi.string("@|bold " + meta.scenarioId() + "|@")
            + String.format(
                Locale.ROOT,
                ": %d replications, seed %d, %.1f s",
                meta.replications(),
                meta.seed(),
                took.toMillis() / 1000.0));
    List<Headline> headlines = Headline.of(result);
    int width = headlines.stream().mapToInt(h -> h.metric().label().length()).max().orElse(0);
    headlines.forEach(h -> out.println(line(h, width, meta.confidenceLevel(), ansi)));
    out.println(
        Headline.allPrecise(headlines)
            ? "Every headline 95% CI half-width is under 10% of its mean (or one unit near zero)."
            : "Some headline CIs are wider than the target; add replications with --replications.");
    assessment.stop().ifPresent(stop -> out.println(stopLine(stop)));
    if (assessment.hasObjectives()) {
      out.println(ansi.string("@|bold Objectives|@") + " (share of replications meeting each):");
      for (ObjectiveAssessment a : assessment.objectives().objectives()) {
        out.println("  " + a.objective().label() + ": " + ObjectiveText.met(a.met()));
      }
      out.println(
          "  Every objective together: " + ObjectiveText.met(assessment.objectives().allMet()));
    }
    out.println("Report: " + folder.resolve("report.html"));
    out.println("Folder: " + folder);
    out.flush();
  }

  private static String line(Headline h, int width, double level, Ansi ansi) {
    String label = String.format(Locale.ROOT, "%-" + width + "s", h.metric().label());
    String mean = ansi.string("@|bold " + MetricText.value(h.metric(), h.summary().mean()) + "|@");
    String interval = MetricText.interval(h.summary(), level);
    return "  " + label + "  " + mean + "  (" + interval + ")" + (h.precise() ? "" : "  imprecise");
  }

  private static String stopLine(RunAssessment.Stop stop) {
    String target = String.format(Locale.ROOT, "%.1f%%", 100 * stop.target().halfWidth());
    return stop.reached()
        ? "--target-ci " + target + " reached after " + stop.replications() + " replications."
        : "--target-ci "
            + target
            + " not reached: stopped at the cap of "
            + stop.replications()
            + " replications (widest headline CI "
            + String.format(Locale.ROOT, "%.1f%%", 100 * stop.achieved())
            + " of its mean); raise --max-replications.";
  }
}
