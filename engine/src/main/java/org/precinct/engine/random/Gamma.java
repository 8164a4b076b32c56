package org.precinct.engine.random;

/**
 * Gamma variates by Marsaglia and Tsang's squeeze method, boosted for shape below one, written here
 * because the Commons RNG gamma sampler binds to one generator at construction while ours take the
 * stream at sample time.
 *
 * <p>Reference: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables", ACM
 * TOMS 26(3), 2000; boost: {@code Gamma(a) = Gamma(a + 1) * U^(1/a)}.
 */
record Gamma(double shape, double scale) implements DoubleSampler {

  @Override
  public double sample(RandomStream stream) {
    if (shape >= 1) {
      return scale * marsagliaTsang(shape, stream);
    }
    double boost = Math.pow(stream.nextDouble(), 1.0 / shape);
    return scale * marsagliaTsang(shape + 1, stream) * boost;
  }

  private static double marsagliaTsang(double alpha, RandomStream stream) {
    double d = alpha - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = stream.normal();
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = stream.nextDouble();
      double x2 = x * x;
      if (u < 1.0 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
