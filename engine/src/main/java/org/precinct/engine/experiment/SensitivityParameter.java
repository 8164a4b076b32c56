package org.precinct.engine.experiment;

/**
 * An uncertain assumption as sensitivity analysis sees it: a plausible low and high value and the
 * centre the other parameters hold while one of them moves.
 *
 * @param id the parameter's id, e.g. {@code classifier-recall:misinfo}
 * @param label a human label for the tornado chart
 * @param low the low end of the plausible range
 * @param centre the value held while other parameters move
 * @param high the high end of the plausible range
 */
public record SensitivityParameter(
    String id, String label, double low, double centre, double high) {

  /** Validates that low &lt;= centre &lt;= high and all are finite. */
  public SensitivityParameter {
    if (!(Double.isFinite(low) && Double.isFinite(high) && Double.isFinite(centre))) {
      throw new IllegalArgumentException("parameter '" + id + "' has a non-finite bound");
    }
    if (!(low <= centre && centre <= high)) {
      throw new IllegalArgumentException(
          "parameter '"
              + id
              + "' needs low <= centre <= high: "
              + low
              + ", "
              + centre
              + ", "
              + high);
    }
  }

  /** The value at {@code u} in [0, 1] of the way from low to high. */
  public double at(double u) {
    return low + u * (high - low);
  }
}
