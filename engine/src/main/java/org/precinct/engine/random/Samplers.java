package org.precinct.engine.random;

/**
 * Factories for the distributions scenarios use (durations, sizes, probabilities); each validates
 * its parameters with a message that names the parameter, and draws with the variate methods of
 * {@link RandomStream} (Commons RNG ziggurat normal and exponential, inverse transforms, and
 * Marsaglia-Tsang for gamma): see docs/decisions/0003-samplers.md.
 */
public final class Samplers {

  /** The standard normal quantile at 0.9, Phi^-1(0.9). */
  static final double Z_90 = 1.2815515655446004;

  private Samplers() {}

  /** Exponential with the given mean. */
  public static DoubleSampler exponential(double mean) {
    positive("exponential mean", mean);
    return new Exponential(mean);
  }

  /** Lognormal: {@code exp(mu + sigma * Z)} for a standard normal Z. */
  public static DoubleSampler logNormal(double mu, double sigma) {
    finite("lognormal mu", mu);
    nonNegative("lognormal sigma", sigma);
    return new LogNormal(mu, sigma);
  }

  /**
   * Lognormal given its median and 90th percentile, the way experts state a duration: {@code mu =
   * ln(median)}, {@code sigma = ln(p90 / median) / Phi^-1(0.9)}.
   */
  public static DoubleSampler logNormalFromMedianP90(double median, double p90) {
    positive("lognormal median", median);
    positive("lognormal p90", p90);
    if (!(p90 > median)) {
      throw new IllegalArgumentException(
          "lognormal p90 (" + p90 + ") must be greater than the median (" + median + ")");
    }
    return new LogNormal(Math.log(median), Math.log(p90 / median) / Z_90);
  }

  /** Gamma with the given shape and scale (mean {@code shape * scale}). */
  public static DoubleSampler gamma(double shape, double scale) {
    positive("gamma shape", shape);
    positive("gamma scale", scale);
    return new Gamma(shape, scale);
  }

  /** Erlang: the sum of {@code k} exponential phases with total mean {@code mean}. */
  public static DoubleSampler erlang(int k, double mean) {
    if (k < 1) {
      throw new IllegalArgumentException("erlang k must be >= 1, was " + k);
    }
    positive("erlang mean", mean);
    return new Gamma(k, mean / k);
  }

  /** Weibull with the given shape and scale: {@code scale * E^(1/shape)} for E ~ Exp(1). */
  public static DoubleSampler weibull(double shape, double scale) {
    positive("weibull shape", shape);
    positive("weibull scale", scale);
    return new Weibull(shape, scale);
  }

  /** Uniform on the open interval (min, max). */
  public static DoubleSampler uniform(double min, double max) {
    finite("uniform min", min);
    finite("uniform max", max);
    ordered("uniform", "min", min, "max", max);
    return new Uniform(min, max);
  }

  /** Triangular with the given minimum, mode and maximum, by inverse transform. */
  public static DoubleSampler triangular(double min, double mode, double max) {
    finite("triangular min", min);
    finite("triangular mode", mode);
    finite("triangular max", max);
    ordered("triangular", "min", min, "mode", mode);
    ordered("triangular", "mode", mode, "max", max);
    if (!(max > min)) {
      throw new IllegalArgumentException(
          "triangular max (" + max + ") must be greater than min (" + min + ")");
    }
    return new Triangular(min, mode, max);
  }

  /** Always the same value; draws nothing from the stream. */
  public static DoubleSampler constant(double value) {
    finite("constant value", value);
    return new Constant(value);
  }

  /** One of the given values, chosen with probability proportional to its weight. */
  public static DoubleSampler empirical(double[] values, double[] weights) {
    return Empirical.of(values, weights);
  }

  /** 1.0 with probability {@code p}, else 0.0. */
  public static DoubleSampler bernoulli(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("bernoulli p must be in [0, 1], was " + p);
    }
    return new Bernoulli(p);
  }

  static void finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
  }

  static void positive(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
    }
  }

  static void nonNegative(String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + value);
    }
  }

  private static void ordered(
      String what, String lowName, double low, String highName, double high) {
    if (low > high) {
      throw new IllegalArgumentException(
          what + " " + lowName + " (" + low + ") must not exceed " + highName + " (" + high + ")");
    }
  }

  private record Exponential(double mean) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return stream.exponential(mean);
    }
  }

  private record LogNormal(double mu, double sigma) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return Math.exp(mu + sigma * stream.normal());
    }
  }

  private record Weibull(double shape, double scale) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return scale * Math.pow(stream.exponential(1.0), 1.0 / shape);
    }
  }

  private record Uniform(double min, double max) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return min + (max - min) * stream.nextDouble();
    }
  }

  private record Triangular(double min, double mode, double max) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      double u = stream.nextDouble();
      double range = max - min;
      double split = (mode - min) / range;
      if (u < split) {
        return min + Math.sqrt(u * range * (mode - min));
      }
      return max - Math.sqrt((1 - u) * range * (max - mode));
    }
  }

  private record Constant(double value) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return value;
    }
  }

  private record Bernoulli(double p) implements DoubleSampler {
    @Override
    public double sample(RandomStream stream) {
      return stream.nextDouble() < p ? 1.0 : 0.0;
    }
  }
}
