package org.precinct.engine.experiment.tabletop;

import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.ModuleSpec;
import org.precinct.engine.spec.ObjectiveSpec;

/**
 * The objectives of an exercise evaluated on a run's replications: each objective, each module with
 * objectives, and the share of replications in which every objective was met. An objective is
 * evaluated on its metric over the whole run; its module groups it for the debrief.
 */
public record ExerciseAssessment(
    ImmutableList<ObjectiveAssessment> objectives,
    ImmutableList<ModuleAssessment> modules,
    Proportion allMet) {

  /** Evaluates every objective of the exercise on a branch's replications. */
  public static ExerciseAssessment of(ExerciseSpec exercise, BranchResult run) {
    return of(exercise, run.replications(), run::values);
  }

  /**
   * Evaluates every objective of the exercise on {@code replications} replications whose values of
   * a metric, in replication order, {@code metricValues} gives.
   */
  public static ExerciseAssessment of(
      ExerciseSpec exercise, int replications, Function<Metric, double[]> metricValues) {
    ImmutableList<ObjectiveSpec> specs = exercise.objectives();
    ImmutableList<double[]> values =
        specs.collect(o -> metricValues.apply(Metric.fromId(o.metric())));
    ImmutableList<ObjectiveAssessment> assessed =
        specs.collectWithIndex((o, i) -> ObjectiveAssessment.of(o, values.get(i)));
    MutableList<ModuleAssessment> modules = Lists.mutable.empty();
    for (ModuleSpec module : exercise.modules()) {
      ImmutableList<Integer> members =
          specs
              .collectWithIndex((o, i) -> o.moduleId().equals(module.id()) ? i : -1)
              .select(i -> i >= 0);
      if (members.notEmpty()) {
        modules.add(
            new ModuleAssessment(
                module,
                members.collect(assessed::get),
                allMet(assessed, values, members, replications)));
      }
    }
    ImmutableList<Integer> every = specs.collectWithIndex((o, i) -> i);
    return new ExerciseAssessment(
        assessed, modules.toImmutable(), allMet(assessed, values, every, replications));
  }

  private static Proportion allMet(
      ImmutableList<ObjectiveAssessment> assessed,
      ImmutableList<double[]> values,
      ImmutableList<Integer> members,
      int replications) {
    if (members.isEmpty()) {
      return Proportion.wilson(0, 0);
    }
    int met = 0;
    for (int r = 0; r < replications; r++) {
      int rep = r;
      met += members.allSatisfy(i -> assessed.get(i).metIn(values.get(i), rep)) ? 1 : 0;
    }
    return Proportion.wilson(met, replications);
  }
}
