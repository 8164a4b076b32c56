package org.precinct.engine.model;

import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.Samplers;
import org.precinct.engine.spec.DistributionSpec;

/** Turns a scenario's distribution records into samplers once, so the hot path only samples. */
final class DistributionSamplers {
  private DistributionSamplers() {}

  /** The sampler of a distribution (values in the distribution's own unit, hours for durations). */
  static DoubleSampler of(DistributionSpec spec) {
    if (spec instanceof DistributionSpec.Exponential e) {
      return Samplers.exponential(e.mean());
    } else if (spec instanceof DistributionSpec.LogNormal l) {
      return Samplers.logNormalFromMedianP90(l.median(), l.p90());
    } else if (spec instanceof DistributionSpec.Gamma g) {
      return Samplers.gamma(g.shape(), g.mean() / g.shape());
    } else if (spec instanceof DistributionSpec.Weibull w) {
      return Samplers.weibull(w.shape(), w.scale());
    } else if (spec instanceof DistributionSpec.Uniform u) {
      return Samplers.uniform(u.min(), u.max());
    } else if (spec instanceof DistributionSpec.Triangular t) {
      return Samplers.triangular(t.min(), t.mode(), t.max());
    } else if (spec instanceof DistributionSpec.Constant c) {
      return Samplers.constant(c.value());
    } else if (spec instanceof DistributionSpec.Empirical e) {
      return Samplers.empirical(e.values(), e.weights());
    }
    throw new IllegalArgumentException("unknown distribution " + spec);
  }
}
