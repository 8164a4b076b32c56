package org.precinct.engine.random;

import java.util.Arrays;

/**
 * A discrete distribution over given values with given weights, sampled by binary search over the
 * normalised cumulative weights (the first value whose cumulative weight reaches the uniform draw,
 * so zero-weight values are never drawn), for durations or sizes taken from observed data.
 */
final class Empirical implements DoubleSampler {

  private final double[] values;
  private final double[] cumulative;

  private Empirical(double[] values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  static Empirical of(double[] values, double[] weights) {
    if (values == null || weights == null) {
      throw new IllegalArgumentException("empirical values and weights must not be null");
    }
    if (values.length == 0 || values.length != weights.length) {
      throw new IllegalArgumentException(
          "empirical needs as many weights as values (at least one): "
              + values.length
              + " values, "
              + weights.length
              + " weights");
    }
    double[] cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      Samplers.finite("empirical value [" + i + "]", values[i]);
      Samplers.nonNegative("empirical weight [" + i + "]", weights[i]);
      total += weights[i];
      cumulative[i] = total;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("empirical weights must not all be zero");
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
    cumulative[cumulative.length - 1] = 1.0;
    return new Empirical(values.clone(), cumulative);
  }

  @Override
  public double sample(RandomStream stream) {
    double u = stream.nextDouble();
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] < u) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return values[low];
  }

  @Override
  public String toString() {
    return "Empirical[values=" + Arrays.toString(values) + "]";
  }
}
