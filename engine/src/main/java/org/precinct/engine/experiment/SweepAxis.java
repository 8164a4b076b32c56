package org.precinct.engine.experiment;

import java.util.Arrays;

/**
 * One swept parameter and the values it takes on the grid, e.g. reviewer headcount 4, 8, 12, 16.
 *
 * @param id the parameter's id (as written on the command line)
 * @param label a human label for charts and reports
 * @param values the grid values, in the order they are run and drawn
 */
public record SweepAxis(String id, String label, double[] values) {

  /** Validates and copies the values. */
  public SweepAxis {
    if (values.length == 0) {
      throw new IllegalArgumentException("sweep axis '" + id + "' has no values");
    }
    for (double value : values) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("sweep axis '" + id + "' has a non-finite value");
      }
    }
    values = values.clone();
  }

  /** The number of grid values. */
  public int size() {
    return values.length;
  }

  /** The value at grid position {@code i}. */
  public double value(int i) {
    return values[i];
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SweepAxis axis
        && id.equals(axis.id)
        && label.equals(axis.label)
        && Arrays.equals(values, axis.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id.hashCode() + label.hashCode()) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SweepAxis[" + id + " " + Arrays.toString(values) + "]";
  }
}
