package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Runs a sensitivity design: the one-at-a-time tornado variants in the same replications (Howard
 * 1988, under common random numbers so each swing is paired), then every Latin hypercube point in a
 * replication of its own for the first-order variance shares (McKay 1995).
 */
public final class Sensitivity {

  private Sensitivity() {}

  /** Evaluates {@code design}'s variants with {@code evaluator} and summarises them. */
  public static SensitivityResult run(
      SensitivityDesign design,
      VariantEvaluator evaluator,
      Direction direction,
      SensitivityOptions options,
      NamedStreams streams) {
    long[] tornadoVariants = new long[design.tornadoVariants()];
    for (int v = 0; v < tornadoVariants.length; v++) {
      tornadoVariants[v] = v;
    }
    double[][] grid = evaluator.evaluateGrid(tornadoVariants, options.replications());
    double[] joint = evaluateHypercube(design, evaluator);
    double[][] x = new double[design.hypercubePoints()][];
    for (int p = 0; p < x.length; p++) {
      x[p] = design.point(design.hypercubeVariant(p));
    }
    ImmutableList<VarianceShare> shares =
        FirstOrderShares.estimate(
                design.parameters(),
                x,
                joint,
                options.bootstrapResamples(),
                streams.stream("sensitivity-bootstrap"))
            .toSortedListBy(s -> -s.share())
            .toImmutable();
    return new SensitivityResult(
        direction,
        options.replications(),
        design.hypercubePoints(),
        Estimate.of(grid[0], options.level()),
        bars(design, grid, options.level()),
        shares,
        noiseShare(variance(grid[0]), variance(joint)));
  }

  private static double[] evaluateHypercube(SensitivityDesign design, VariantEvaluator evaluator) {
    int points = design.hypercubePoints();
    long[] variants = new long[points];
    int[] replications = new int[points];
    for (int p = 0; p < points; p++) {
      variants[p] = design.hypercubeVariant(p);
      replications[p] = p;
    }
    return evaluator.evaluate(variants, replications);
  }

  private static ImmutableList<TornadoBar> bars(
      SensitivityDesign design, double[][] grid, double level) {
    MutableList<TornadoBar> bars = Lists.mutable.empty();
    for (int i = 0; i < design.parameters().size(); i++) {
      SensitivityParameter parameter = design.parameters().get(i);
      double[] low = grid[2 * i + 1];
      double[] high = grid[2 * i + 2];
      double[] swing = new double[low.length];
      for (int r = 0; r < low.length; r++) {
        swing[r] = high[r] - low[r];
      }
      bars.add(
          new TornadoBar(
              parameter.id(),
              parameter.label(),
              parameter.low(),
              parameter.high(),
              Estimate.of(low, level),
              Estimate.of(high, level),
              Estimate.of(swing, level)));
    }
    return bars.sortThisByDouble(b -> -Math.abs(b.swing().mean())).toImmutable();
  }

  private static double noiseShare(double noiseVariance, double jointVariance) {
    return jointVariance == 0 ? 0 : Math.min(1, noiseVariance / jointVariance);
  }

  private static double variance(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return values.length < 2 ? 0 : squares / (values.length - 1);
  }
}
