package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.output.MetricText;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.tabletop.DecisionRecord;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.experiment.tabletop.MetricEffect;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.OptionEffect;
import org.precinct.engine.result.Metric;

/**
 * The debrief's sentences, computed from the results: what each choice changed against carrying on,
 * what the other options would have done (paired with the choice, same random numbers), and
 * strengths and areas for improvement from the objectives and the decisions.
 *
 * <p>A difference counts as a finding only when its 95% interval excludes zero; an objective is a
 * strength when met in at least {@value #STRONG} of replications and an area for improvement when
 * met in fewer than {@value #WEAK}.
 */
final class DebriefFindings {
  static final double STRONG = 0.8;
  static final double WEAK = 0.5;

  /** The metrics the debrief speaks of for every decision. */
  static final ImmutableList<Metric> KEY =
      Lists.immutable.of(
          Metric.HARM_WEIGHTED_BEFORE_ELECTION,
          Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE,
          Metric.PEAK_BACKLOG);

  private DebriefFindings() {}

  /** What the chosen option changed against carrying on, in one sentence. */
  static String changed(DecisionRecord r) {
    OptionEffect chosen = r.chosenEffect();
    List<String> parts = new ArrayList<>();
    for (Metric m : KEY) {
      parts.add(m.label().toLowerCase(java.util.Locale.ROOT) + " " + change(chosen, m));
    }
    return "Against carrying on without a change, choosing "
        + chosen.option().label()
        + " changed "
        + String.join("; ", parts)
        + ". Stated cost to the end: "
        + PlayText.cost(chosen.cost())
        + ".";
  }

  /** What each other option would have done, against carrying on and against the choice. */
  static List<String> alternatives(DecisionRecord r) {
    OptionEffect chosen = r.chosenEffect();
    List<String> lines = new ArrayList<>();
    for (OptionEffect other : r.stop().comparison().options()) {
      if (other == chosen) {
        continue;
      }
      Metric m = KEY.getFirst();
      MetricEffect vsChosen = MetricEffect.of(m, other.run().values(m), chosen.run().values(m));
      lines.add(
          other.option().label()
              + " would have given "
              + m.label().toLowerCase(java.util.Locale.ROOT)
              + " of "
              + MetricText.value(m, vsChosen.value().mean())
              + ", a change of "
              + PlayText.difference(m, vsChosen.difference())
              + " against the choice made; every objective met in "
              + PlayText.proportion(other.objectives().allMet())
              + " of replications; stated cost "
              + PlayText.cost(other.cost())
              + ".");
    }
    return lines;
  }

  /** Objectives met reliably, and choices that clearly helped. */
  static List<String> strengths(ExerciseOutcome o) {
    List<String> lines = new ArrayList<>();
    for (ObjectiveAssessment a : o.objectives().objectives()) {
      if (a.met().share() >= STRONG) {
        lines.add(objective(a));
      }
    }
    for (DecisionRecord r : o.decisions()) {
      Metric m = KEY.getFirst();
      MetricEffect e = effect(r.chosenEffect(), m);
      if (better(m, e.difference())) {
        lines.add(
            "Choosing "
                + r.chosenEffect().option().label()
                + " at "
                + r.stop().decision().id()
                + " lowered "
                + m.label().toLowerCase(java.util.Locale.ROOT)
                + " against carrying on: "
                + PlayText.difference(m, e.difference())
                + ".");
      }
    }
    return lines;
  }

  /** Objectives often missed, and decisions where another option would clearly have done better. */
  static List<String> improvements(ExerciseOutcome o) {
    List<String> lines = new ArrayList<>();
    for (ObjectiveAssessment a : o.objectives().objectives()) {
      if (a.met().share() < WEAK) {
        lines.add(objective(a));
      }
    }
    Metric m = KEY.getFirst();
    for (DecisionRecord r : o.decisions()) {
      OptionEffect chosen = r.chosenEffect();
      for (OptionEffect other : r.stop().comparison().options()) {
        MetricEffect vs = MetricEffect.of(m, other.run().values(m), chosen.run().values(m));
        if (other != chosen && better(m, vs.difference())) {
          lines.add(
              "At "
                  + r.stop().decision().id()
                  + ", "
                  + other.option().label()
                  + " would have changed "
                  + m.label().toLowerCase(java.util.Locale.ROOT)
                  + " by "
                  + PlayText.difference(m, vs.difference())
                  + " against the choice made.");
        }
      }
    }
    return lines;
  }

  private static String objective(ObjectiveAssessment a) {
    return a.objective().label()
        + ": met in "
        + PlayText.proportion(a.met())
        + " of replications; "
        + a.metric().label().toLowerCase(java.util.Locale.ROOT)
        + " "
        + PlayText.estimate(a.metric(), a.value())
        + " against a target of "
        + MetricText.value(a.metric(), a.objective().target())
        + ".";
  }

  private static String change(OptionEffect o, Metric m) {
    return "by " + PlayText.difference(m, effect(o, m).difference());
  }

  private static MetricEffect effect(OptionEffect o, Metric m) {
    return o.effects().detect(e -> e.metric() == m);
  }

  /** Whether a paired difference is better for the metric at the 95% level. */
  static boolean better(Metric m, Estimate difference) {
    return m.lowerIsBetter() ? difference.ciHigh() < 0 : difference.ciLow() > 0;
  }
}
