package org.precinct.engine.spec;

import java.util.Arrays;

/**
 * A probability distribution named in a scenario, a closed set chosen by a {@code type:} key in
 * YAML; the model turns each into a sampler once. Durations are in hours.
 */
public sealed interface DistributionSpec {

  /** Exponential with the given mean (memoryless waits, e.g. handle times in an M/M/c check). */
  record Exponential(double mean) implements DistributionSpec {
    public Exponential {
      Require.positive(mean, "exponential mean");
    }
  }

  /** Lognormal given by its median and 90th percentile, as analysts usually state delays. */
  record LogNormal(double median, double p90) implements DistributionSpec {
    public LogNormal {
      Require.positive(median, "lognormal median");
      if (!(p90 > median) || Double.isInfinite(p90)) {
        throw new IllegalArgumentException("lognormal p90 must be > median, got " + p90);
      }
    }
  }

  /** Gamma with a shape and a mean (scale = mean / shape); shape 1 is exponential. */
  record Gamma(double shape, double mean) implements DistributionSpec {
    public Gamma {
      Require.positive(shape, "gamma shape");
      Require.positive(mean, "gamma mean");
    }
  }

  /** Weibull with shape k and scale lambda. */
  record Weibull(double shape, double scale) implements DistributionSpec {
    public Weibull {
      Require.positive(shape, "weibull shape");
      Require.positive(scale, "weibull scale");
    }
  }

  /** Uniform on [min, max]. */
  record Uniform(double min, double max) implements DistributionSpec {
    public Uniform {
      if (!(max >= min) || Double.isInfinite(max) || Double.isInfinite(min)) {
        throw new IllegalArgumentException("uniform needs finite min <= max");
      }
    }
  }

  /** Triangular on [min, max] with the given mode, for expert three-point estimates. */
  record Triangular(double min, double mode, double max) implements DistributionSpec {
    public Triangular {
      if (!(min <= mode && mode <= max && min < max)) {
        throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max");
      }
    }
  }

  /** Always the same value. */
  record Constant(double value) implements DistributionSpec {
    public Constant {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("constant must be finite");
      }
    }
  }

  /** A discrete distribution over observed values with weights (normalised when sampled). */
  record Empirical(double[] values, double[] weights) implements DistributionSpec {
    public Empirical {
      values = values.clone();
      weights = weights.clone();
      if (values.length == 0 || values.length != weights.length) {
        throw new IllegalArgumentException("empirical needs as many weights as values, >= 1");
      }
      for (double w : weights) {
        Require.nonNegative(w, "empirical weight");
      }
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Empirical e
          && Arrays.equals(values, e.values)
          && Arrays.equals(weights, e.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return "Empirical[values="
          + Arrays.toString(values)
          + ", weights="
          + Arrays.toString(weights)
          + "]";
    }
  }
}
