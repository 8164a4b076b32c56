package org.precinct.engine.experiment.tabletop;

import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.eclipse.collections.api.list.primitive.MutableDoubleList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.ObjectiveSpec;

/**
 * The values of an exercise's objective metrics in each replication of a plain run, kept as the
 * outcomes stream past in replication order (a few numbers a replication, not the outcomes), so
 * {@code precinct run} assesses the objectives exactly as {@code play} does.
 */
public final class ObjectiveTally implements Consumer<ReplicationOutcome> {
  private final ExerciseSpec exercise;
  private final MutableDoubleList[] byMetric = new MutableDoubleList[Metric.values().length];
  private int replications;

  /** An empty tally of {@code exercise}'s objectives. */
  public ObjectiveTally(ExerciseSpec exercise) {
    this.exercise = exercise;
    for (ObjectiveSpec o : exercise.objectives()) {
      int m = Metric.fromId(o.metric()).ordinal();
      if (byMetric[m] == null) {
        byMetric[m] = new DoubleArrayList();
      }
    }
  }

  @Override
  public void accept(ReplicationOutcome outcome) {
    record(outcome.replication(), outcome::value);
  }

  /**
   * Records replication {@code replication}'s metric values; replications must come in order from
   * 0, as a run hands them over.
   */
  public void record(int replication, ToDoubleFunction<Metric> value) {
    if (replication != replications) {
      throw new IllegalStateException(
          "replication " + replication + " arrived, expected " + replications);
    }
    for (Metric m : Metric.values()) {
      if (byMetric[m.ordinal()] != null) {
        byMetric[m.ordinal()].add(value.applyAsDouble(m));
      }
    }
    replications++;
  }

  /** Whether the exercise has any objective to assess. */
  public boolean hasObjectives() {
    return exercise.objectives().notEmpty();
  }

  /** The replications recorded so far. */
  public int replications() {
    return replications;
  }

  /** Every objective assessed on the replications recorded so far. */
  public ExerciseAssessment assessment() {
    return ExerciseAssessment.of(exercise, replications, m -> byMetric[m.ordinal()].toArray());
  }
}
