package org.precinct.engine.experiment;

import java.util.Objects;
import org.precinct.engine.spec.ParameterRef;

/**
 * A scenario parameter swept over grid values: each grid point sets it with a {@code SetParameter}
 * change from the start of the run.
 *
 * @param ref the parameter and its target
 * @param axis the values, with the id and label charts use
 */
public record SweepParameter(ParameterRef ref, SweepAxis axis) {

  /** Checks that every value is valid for the parameter. */
  public SweepParameter {
    Objects.requireNonNull(ref, "ref");
    for (double value : axis.values()) {
      if (value < ref.parameter().min() || value > ref.parameter().max()) {
        throw new IllegalArgumentException(
            ref.parameter().id()
                + " must be within ["
                + ref.parameter().min()
                + ", "
                + ref.parameter().max()
                + "], got "
                + value);
      }
    }
  }
}
