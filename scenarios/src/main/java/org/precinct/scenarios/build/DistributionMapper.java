package org.precinct.scenarios.build;

import java.util.Collections;
import java.util.List;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.scenarios.format.Amount;
import org.precinct.scenarios.format.DistributionYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps distributions, checking their parameters (positive means, p90 above the median, min below
 * max) and their units: durations need one ("20m") and become hours, plain quantities must not.
 */
final class DistributionMapper {

  private final Checks checks;

  DistributionMapper(Checks checks) {
    this.checks = checks;
  }

  /** A distribution of durations, in hours. */
  DistributionSpec hours(DistributionYaml yaml, String path) {
    return map(yaml, path, true);
  }

  /** A distribution of plain numbers. */
  DistributionSpec plain(DistributionYaml yaml, String path) {
    return map(yaml, path, false);
  }

  private DistributionSpec map(DistributionYaml yaml, String path, boolean duration) {
    int mark = checks.mark();
    Values v = new Values(path, duration);
    if (yaml instanceof DistributionYaml.Exponential e) {
      double mean = v.positive(e.mean(), "mean");
      return checks.build(path, mark, () -> new DistributionSpec.Exponential(mean));
    } else if (yaml instanceof DistributionYaml.LogNormal l) {
      double median = v.positive(l.median(), "median");
      double p90 = v.of(l.p90(), "p90");
      v.require(p90 > median, "p90", "must be greater than the median", "a value above " + median);
      return checks.build(path, mark, () -> new DistributionSpec.LogNormal(median, p90));
    } else if (yaml instanceof DistributionYaml.Gamma g) {
      double shape = checks.positive(g.shape(), YamlPaths.key(path, "shape"), 1);
      double mean = v.positive(g.mean(), "mean");
      return checks.build(path, mark, () -> new DistributionSpec.Gamma(shape, mean));
    } else if (yaml instanceof DistributionYaml.Weibull w) {
      double shape = checks.positive(w.shape(), YamlPaths.key(path, "shape"), 1);
      double scale = v.positive(w.scale(), "scale");
      return checks.build(path, mark, () -> new DistributionSpec.Weibull(shape, scale));
    } else if (yaml instanceof DistributionYaml.Uniform u) {
      return uniform(u, v, path, mark);
    } else if (yaml instanceof DistributionYaml.Triangular t) {
      return triangular(t, v, path, mark);
    } else if (yaml instanceof DistributionYaml.Constant c) {
      double value = v.of(c.value(), "value");
      return checks.build(path, mark, () -> new DistributionSpec.Constant(value));
    }
    return empirical((DistributionYaml.Empirical) yaml, v, path, mark);
  }

  private DistributionSpec uniform(DistributionYaml.Uniform u, Values v, String path, int mark) {
    double min = v.of(u.min(), "min");
    double max = v.of(u.max(), "max");
    v.require(max >= min, "max", "must not be below min", "a value of at least " + min);
    return checks.build(path, mark, () -> new DistributionSpec.Uniform(min, max));
  }

  private DistributionSpec triangular(
      DistributionYaml.Triangular t, Values v, String path, int mark) {
    double min = v.of(t.min(), "min");
    double mode = v.of(t.mode(), "mode");
    double max = v.of(t.max(), "max");
    v.require(
        min <= mode && mode <= max,
        "mode",
        "must lie between min and max",
        "a value from " + min + " to " + max);
    v.require(min < max, "max", "must be greater than min", "a value above " + min);
    return checks.build(path, mark, () -> new DistributionSpec.Triangular(min, mode, max));
  }

  private DistributionSpec empirical(
      DistributionYaml.Empirical e, Values v, String path, int mark) {
    double[] values = new double[e.values().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = v.of(e.values().get(i), YamlPaths.index("values", i));
    }
    v.require(values.length > 0, "values", "needs at least one value", "a list of values");
    List<Double> given =
        e.weights() == null ? Collections.nCopies(values.length, 1.0) : e.weights();
    v.require(
        given.size() == values.length,
        "weights",
        "needs one weight per value",
        values.length + " weights");
    double[] weights = given.stream().mapToDouble(Double::doubleValue).toArray();
    for (int i = 0; i < weights.length; i++) {
      checks.nonNegative(weights[i], YamlPaths.index(YamlPaths.key(path, "weights"), i), 0);
    }
    v.require(
        given.stream().mapToDouble(Double::doubleValue).sum() > 0,
        "weights",
        "are all zero",
        "at least one positive weight");
    return checks.build(path, mark, () -> new DistributionSpec.Empirical(values, weights));
  }

  /** Reads the amounts of one distribution in the unit its place requires. */
  private final class Values {
    private final String path;
    private final boolean duration;

    Values(String path, boolean duration) {
      this.path = path;
      this.duration = duration;
    }

    double of(Amount amount, String key) {
      String at = YamlPaths.key(path, key);
      if (duration && !amount.isDuration()) {
        checks.report(at, "a duration needs a unit", "a duration such as '20m', '4h' or '2d'");
        return amount.number();
      }
      if (!duration && amount.isDuration()) {
        checks.report(
            at, "this quantity takes a plain number, not a duration", "a number such as 0.85");
        return amount.duration().hours();
      }
      return duration ? amount.duration().hours() : amount.number();
    }

    double positive(Amount amount, String key) {
      double value = of(amount, key);
      require(
          value > 0,
          key,
          "must be greater than 0",
          duration ? "a duration longer than zero" : "a number above 0");
      return value;
    }

    void require(boolean condition, String key, String message, String expected) {
      if (!condition) {
        checks.report(YamlPaths.key(path, key), message, expected);
      }
    }
  }
}
