package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Ranks interventions by how much of a metric's change each one accounts for: exact Shapley values
 * over all subsets for a handful of interventions (Shapley 1953), sampled permutations beyond
 * (Castro, Gomez and Tejada 2009), with leave-one-out and add-one-in effects, the largest pairwise
 * interactions (Grabisch and Roubens 1999) and a bootstrap of the ranking (Efron 1979).
 *
 * <p>Intervention i is bit i of a variant mask; the evaluator's value for a mask is the metric with
 * exactly those interventions on. Every effect is a per-replication paired contrast, so its
 * interval reflects common random numbers.
 */
public final class Attribution {

  private static final int TOP_K = 3;

  private final ImmutableList<String> ids;
  private final VariantEvaluator evaluator;
  private final Direction direction;
  private final NamedStreams streams;

  /** Prepares an attribution of the interventions {@code ids} (bit i is {@code ids.get(i)}). */
  public Attribution(
      ImmutableList<String> ids,
      VariantEvaluator evaluator,
      Direction direction,
      NamedStreams streams) {
    if (ids.isEmpty() || ids.toSet().size() != ids.size()) {
      throw new IllegalArgumentException("need distinct intervention ids, got " + ids);
    }
    this.ids = ids;
    this.evaluator = evaluator;
    this.direction = direction;
    this.streams = streams;
  }

  /**
   * Runs the attribution: exact up to {@code options.exactLimit()} interventions, sampled above.
   */
  public AttributionResult run(AttributionOptions options) {
    return ids.size() <= options.exactLimit() ? exact(options) : sampled(options);
  }

  private AttributionResult exact(AttributionOptions options) {
    int n = ids.size();
    SubsetValues game = SubsetValues.evaluate(n, evaluator, options.replications());
    int full = game.fullMask();
    Effects effects = new Effects(n);
    for (int i = 0; i < n; i++) {
      effects.leaveOneOut[i] = game.contrast(full, full ^ (1 << i));
      effects.addOneIn[i] = game.contrast(1 << i, 0);
    }
    effects.none = game.row(0);
    effects.all = game.row(full);
    double[][] phi = ExactShapley.perReplication(game);
    ImmutableList<PairInteraction> interactions = largestInteractions(game, options);
    return assemble(AttributionMethod.EXACT, phi, effects, options, interactions);
  }

  private AttributionResult sampled(AttributionOptions options) {
    int n = ids.size();
    SampledShapley sampler =
        new SampledShapley(
            n, evaluator, streams.stream("shapley-permutations"), options.sampling());
    sampler.extendTo(options.samples());
    long full = n == Long.SIZE - 1 ? Long.MAX_VALUE : (1L << n) - 1;
    long[] masks = new long[2 * n + 2];
    masks[2 * n] = 0;
    masks[2 * n + 1] = full;
    for (int i = 0; i < n; i++) {
      masks[i] = 1L << i;
      masks[n + i] = full ^ (1L << i);
    }
    double[][] grid = evaluator.evaluateGrid(masks, options.replications());
    Effects effects = new Effects(n);
    effects.none = grid[2 * n];
    effects.all = grid[2 * n + 1];
    for (int i = 0; i < n; i++) {
      effects.addOneIn[i] = difference(grid[i], effects.none);
      effects.leaveOneOut[i] = difference(effects.all, grid[n + i]);
    }
    return assemble(
        AttributionMethod.SAMPLED, sampler.perSample(), effects, options, Lists.immutable.empty());
  }

  private AttributionResult assemble(
      AttributionMethod method,
      double[][] shapleyDraws,
      Effects effects,
      AttributionOptions options,
      ImmutableList<PairInteraction> interactions) {
    double level = options.level();
    RankSpread[] spread = rankSpread(shapleyDraws, options);
    MutableList<InterventionAttribution> ranking = Lists.mutable.empty();
    for (int i = 0; i < ids.size(); i++) {
      ranking.add(
          new InterventionAttribution(
              ids.get(i),
              i,
              Estimate.of(shapleyDraws[i], level),
              Estimate.of(effects.leaveOneOut[i], level),
              Estimate.of(effects.addOneIn[i], level),
              spread[i]));
    }
    ranking.sortThisByDouble(a -> -direction.benefit(a.shapley().mean()));
    return new AttributionResult(
        method,
        direction,
        options.replications(),
        shapleyDraws[0].length,
        Estimate.of(effects.none, level),
        Estimate.of(effects.all, level),
        Estimate.of(difference(effects.all, effects.none), level),
        ranking.toImmutable(),
        interactions);
  }

  private RankSpread[] rankSpread(double[][] draws, AttributionOptions options) {
    return RankBootstrap.spread(
        draws, direction, TOP_K, options.bootstrapResamples(), streams.stream("rank-bootstrap"));
  }

  private ImmutableList<PairInteraction> largestInteractions(
      SubsetValues game, AttributionOptions options) {
    MutableList<PairInteraction> pairs = Lists.mutable.empty();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        Estimate index = Estimate.of(ExactShapley.interaction(game, i, j), options.level());
        pairs.add(new PairInteraction(ids.get(i), ids.get(j), index));
      }
    }
    pairs.sortThisByDouble(p -> -Math.abs(p.index().mean()));
    return pairs.take(options.interactions()).toImmutable();
  }

  private static double[] difference(double[] plus, double[] minus) {
    double[] result = new double[plus.length];
    for (int r = 0; r < plus.length; r++) {
      result[r] = plus[r] - minus[r];
    }
    return result;
  }

  /** Per-replication values behind the effects other than Shapley. */
  private static final class Effects {
    final double[][] leaveOneOut;
    final double[][] addOneIn;
    double[] none;
    double[] all;

    Effects(int n) {
      leaveOneOut = new double[n][];
      addOneIn = new double[n][];
    }
  }
}
