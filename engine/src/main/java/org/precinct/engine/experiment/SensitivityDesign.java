package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.random.RandomStream;

/**
 * The parameter values of every variant of a sensitivity analysis: variant 0 holds all parameters
 * at their centres, variants 2i + 1 and 2i + 2 move parameter i to its low and high value (the
 * one-at-a-time tornado design), and the variants after those are Latin hypercube points where all
 * parameters vary together over their ranges (McKay, Beckman and Conover 1979).
 *
 * <p>A model-side evaluator asks {@link #point(long)} for a variant's values and applies them.
 */
public final class SensitivityDesign {

  private final ImmutableList<SensitivityParameter> parameters;
  private final double[][] points;

  private SensitivityDesign(ImmutableList<SensitivityParameter> parameters, double[][] points) {
    this.parameters = parameters;
    this.points = points;
  }

  /** Builds the design with {@code hypercubePoints} joint points drawn from {@code random}. */
  public static SensitivityDesign create(
      ImmutableList<SensitivityParameter> parameters, int hypercubePoints, RandomStream random) {
    int k = parameters.size();
    if (k == 0) {
      throw new IllegalArgumentException("sensitivity needs at least one uncertain parameter");
    }
    double[][] points = new double[2 * k + 1 + hypercubePoints][k];
    for (int v = 0; v < 2 * k + 1; v++) {
      for (int i = 0; i < k; i++) {
        points[v][i] = parameters.get(i).centre();
      }
    }
    for (int i = 0; i < k; i++) {
      points[2 * i + 1][i] = parameters.get(i).low();
      points[2 * i + 2][i] = parameters.get(i).high();
    }
    double[][] u = LatinHypercube.sample(k, hypercubePoints, random);
    for (int p = 0; p < hypercubePoints; p++) {
      for (int i = 0; i < k; i++) {
        points[2 * k + 1 + p][i] = parameters.get(i).at(u[p][i]);
      }
    }
    return new SensitivityDesign(parameters, points);
  }

  /** The parameters, in design order. */
  public ImmutableList<SensitivityParameter> parameters() {
    return parameters;
  }

  /** The parameter values of {@code variant}; a copy. */
  public double[] point(long variant) {
    return points[Math.toIntExact(variant)].clone();
  }

  /** The number of one-at-a-time variants, 2k + 1. */
  public int tornadoVariants() {
    return 2 * parameters.size() + 1;
  }

  /** The number of Latin hypercube points. */
  public int hypercubePoints() {
    return points.length - tornadoVariants();
  }

  /** The variant of hypercube point {@code p}. */
  public long hypercubeVariant(int p) {
    return tornadoVariants() + p;
  }
}
