package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ObjectiveSpec;

/**
 * How one objective fared across the replications of a run: the share of replications in which its
 * metric met the target, with a Wilson interval, and the metric's mean with a Student-t interval.
 *
 * @param met replications in which the metric met the target
 * @param value the metric across replications
 */
public record ObjectiveAssessment(
    ObjectiveSpec objective, Metric metric, Proportion met, Estimate value) {

  /** Assesses an objective on per-replication values of its metric. */
  public static ObjectiveAssessment of(ObjectiveSpec objective, double[] values) {
    int met = 0;
    for (double v : values) {
      met += objective.comparison().isMet(v, objective.target()) ? 1 : 0;
    }
    return new ObjectiveAssessment(
        objective,
        Metric.fromId(objective.metric()),
        Proportion.wilson(met, values.length),
        Estimate.of(values));
  }

  /** Whether the objective was met in replication {@code r} of {@code values}. */
  boolean metIn(double[] values, int r) {
    return objective.comparison().isMet(values[r], objective.target());
  }
}
