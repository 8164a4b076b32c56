package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * Every option of a decision point run from the same state with the same random numbers, against
 * carrying on with no change: the controller's view before the choice and the debrief's "what the
 * other options would have done" after it.
 *
 * @param carryOn the run with the choices so far and no change at this decision
 */
public record DecisionComparison(
    DecisionPointSpec decision,
    ExerciseAssessment carryOnObjectives,
    BranchResult carryOn,
    ImmutableList<OptionEffect> options) {

  /** The headline metrics every comparison reports, besides the objectives' metrics. */
  public static final ImmutableList<Metric> HEADLINE =
      Lists.immutable.of(
          Metric.HARM_WEIGHTED_BEFORE_ELECTION,
          Metric.HARM_DELIVERED,
          Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE,
          Metric.ENFORCED_WITHIN_24H_SHARE,
          Metric.PEAK_BACKLOG,
          Metric.MEAN_WAIT_HOURS,
          Metric.REVIEWER_HOURS,
          Metric.WRONGFUL_ENFORCEMENTS);

  /** Compares the option branches (in the decision's option order) with carrying on. */
  public static DecisionComparison of(
      DecisionPointSpec decision,
      ExerciseSpec exercise,
      TimelineSpec timeline,
      BranchResult carryOn,
      ImmutableList<BranchResult> optionRuns) {
    ImmutableList<Metric> metrics = metrics(exercise);
    MutableList<OptionEffect> options = Lists.mutable.empty();
    decision
        .options()
        .forEachWithIndex(
            (option, i) -> {
              BranchResult run = optionRuns.get(i);
              options.add(
                  new OptionEffect(
                      option,
                      cost(option, decision, timeline),
                      metrics.collect(m -> MetricEffect.of(m, run.values(m), carryOn.values(m))),
                      ExerciseAssessment.of(exercise, run),
                      run));
            });
    return new DecisionComparison(
        decision, ExerciseAssessment.of(exercise, carryOn), carryOn, options.toImmutable());
  }

  /** The effect of the option with this id. */
  public OptionEffect option(String optionId) {
    OptionEffect found = options.detect(o -> o.option().id().equals(optionId));
    if (found == null) {
      DecisionSchedule.option(decision, optionId);
    }
    return found;
  }

  private static ImmutableList<Metric> metrics(ExerciseSpec exercise) {
    MutableList<Metric> out = HEADLINE.toList();
    for (ObjectiveSpec o : exercise.objectives()) {
      Metric m = Metric.fromId(o.metric());
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out.toImmutable();
  }

  private static double cost(
      DecisionOptionSpec option, DecisionPointSpec decision, TimelineSpec timeline) {
    return option.costPerDay() * Ticks.toDays(timeline.endTicks() - decision.atTicks());
  }
}
