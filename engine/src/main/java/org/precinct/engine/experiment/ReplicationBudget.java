package org.precinct.engine.experiment;

import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * How many replications an experiment runs: a fixed count, or as many as a target precision needs
 * (sequential replication, Law 2015, section 9.4.1).
 */
public sealed interface ReplicationBudget {

  /**
   * Runs {@code experiment} within this budget; {@code halfWidth} reads the governing interval's
   * half-width from a result.
   */
  <T> Sequential<T> run(IntFunction<T> experiment, ToDoubleFunction<T> halfWidth);

  /** The largest number of replications this budget may run. */
  int maxReplications();

  /** Exactly {@code replications} replications. */
  record Fixed(int replications) implements ReplicationBudget {

    /** Validates the count. */
    public Fixed {
      if (replications < 2) {
        throw new IllegalArgumentException("need >= 2 replications, got " + replications);
      }
    }

    @Override
    public <T> Sequential<T> run(IntFunction<T> experiment, ToDoubleFunction<T> halfWidth) {
      T result = experiment.apply(replications);
      return new Sequential<>(result, replications, halfWidth.applyAsDouble(result), true);
    }

    @Override
    public int maxReplications() {
      return replications;
    }
  }

  /** Replications until the governing half-width meets the target, up to its cap. */
  record ToPrecision(TargetPrecision target) implements ReplicationBudget {

    @Override
    public <T> Sequential<T> run(IntFunction<T> experiment, ToDoubleFunction<T> halfWidth) {
      return SequentialReplications.run(target, experiment, halfWidth);
    }

    @Override
    public int maxReplications() {
      return target.maxReplications();
    }
  }
}
