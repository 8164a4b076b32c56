package org.precinct.cli.play;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.precinct.charts.ChartRenderer;
import org.precinct.charts.ChartSet;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.cli.output.SlideDeck;
import org.precinct.cli.play.AfterActionView.Chart;
import org.precinct.engine.experiment.tabletop.DecisionRecord;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.result.ScenarioResult;

/**
 * The end of a session: the last injects and the objectives on the console, what the other options
 * would have done, and the files of the debrief (charts of the path played, exercise.json and the
 * after-action report).
 */
final class Debrief {
  private final PlayRequest request;
  private final PlayFolder folder;
  private final RoomNotes notes;
  private volatile List<Chart> charts = List.of();

  Debrief(PlayRequest request, PlayFolder folder) {
    this(request, folder, new RoomNotes(folder.file(RoomNotes.FILE)));
  }

  /** A debrief whose report carries the notes and scores taken in the room. */
  Debrief(PlayRequest request, PlayFolder folder, RoomNotes notes) {
    this.request = request;
    this.folder = folder;
    this.notes = notes;
  }

  /** Writes the debrief's files and prints its summary as plain text for {@code terminal}. */
  void write(ExerciseOutcome outcome, PrintWriter out, TerminalText terminal) {
    charts = charts(outcome.played().result());
    ExerciseJson.write(folder.file("exercise.json"), request.scenario().metadata().id(), outcome);
    rewriteReport(outcome);
    terminal.render(summary(outcome)).forEach(out::println);
    out.flush();
  }

  /** Writes the after-action report (again) with the notes and scores as they are now. */
  synchronized void rewriteReport(ExerciseOutcome outcome) {
    AfterActionReport.write(
        folder.root(),
        AfterActionContent.of(request.scenario(), outcome, request.plan(), charts, notes));
  }

  /** The end of the exercise as Markdown lines: last injects, objectives, the other options. */
  private List<String> summary(ExerciseOutcome outcome) {
    PlayerView view = new PlayerView(request.scenario().timeline());
    List<String> lines = new ArrayList<>();
    lines.add("## End of the exercise");
    lines.add("");
    lines.addAll(view.injects(outcome.injectsAfterLastDecision()));
    objectives(outcome, lines);
    lines.add("### What the other options would have done");
    lines.add("");
    for (DecisionRecord r : outcome.decisions()) {
      lines.add("- " + r.stop().decision().id() + ": " + DebriefFindings.changed(r));
      DebriefFindings.alternatives(r).forEach(line -> lines.add("  - " + line));
    }
    lines.add("");
    lines.add(
        "After-action report: " + folder.file("report.html") + " (and report.pdf, report.md)");
    lines.add("Decisions file: " + folder.file(PlayFolder.DECISIONS));
    return lines;
  }

  private static void objectives(ExerciseOutcome outcome, List<String> out) {
    out.add(
        "### Objectives (from "
            + outcome.played().replications()
            + " replications of the path"
            + " played)");
    out.add("");
    for (ObjectiveAssessment a : outcome.objectives().objectives()) {
      out.add(
          "- "
              + a.objective().label()
              + ": met in "
              + PlayText.proportion(a.met())
              + " of replications; "
              + a.metric().label().toLowerCase(java.util.Locale.ROOT)
              + " "
              + PlayText.estimate(a.metric(), a.value()));
    }
    out.add("- Every objective: met in " + PlayText.proportion(outcome.objectives().allMet()));
    out.add("");
  }

  private List<Chart> charts(ScenarioResult played) {
    Set<ChartFormat> formats = SlideDeck.chartFormats(request.formats());
    List<Path> written;
    try {
      written =
          formats.isEmpty()
              ? List.of()
              : ChartRenderer.renderAll(played, folder.file("charts"), formats, RenderSize.SLIDE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SlideDeck.write(
        request.formats(), ChartSet.of(played), folder.file("."), played.metadata().title());
    List<Chart> shown = new ArrayList<>();
    String inline = formats.contains(ChartFormat.PNG) ? ".png" : ".svg";
    for (Path p : written) {
      String name = folder.relative(p);
      if (name.endsWith(inline)) {
        String base = p.getFileName().toString().replace(inline, "").replace('-', ' ');
        shown.add(new Chart(Character.toUpperCase(base.charAt(0)) + base.substring(1), name));
      }
    }
    return shown;
  }
}
