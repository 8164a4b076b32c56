package org.precinct.engine.experiment;

/** Hand-built games with known Shapley values, standing in for simulation runs in unit tests. */
final class SyntheticGames {

  private SyntheticGames() {}

  /** Deterministic streams for the experiment's own design, seeded per name. */
  static NamedStreams streams(long seed) {
    return NamedStreams.ofSeed(seed);
  }

  /** A uniform number in [0, 1) that depends only on its arguments (SplitMix64 finaliser). */
  static double hash(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  /**
   * Harm on six disjoint channels, each blocked in part by its own intervention: channel c carries
   * {@code base[c]} harm scaled by a replication's shared load, and intervention c removes the
   * share {@code reduction[c]} of it. Every effect is additive, so each intervention's Shapley
   * value equals its individual effect in every replication.
   */
  static VariantEvaluator disjointChannels(double[] base, double[] reduction) {
    return VariantEvaluator.ofCells(
        (mask, r) -> {
          double load = 0.5 + hash(r, -1);
          double harm = 0;
          for (int c = 0; c < base.length; c++) {
            double channel = base[c] * load * (0.8 + 0.4 * hash(r, c));
            harm += (mask & (1L << c)) != 0 ? channel * (1 - reduction[c]) : channel;
          }
          return harm;
        });
  }

  /**
   * An additive game plus an interaction: effect {@code effects[i]} per intervention and an extra
   * {@code extra} when both 0 and 1 are on, with replication noise shared by all subsets.
   */
  static VariantEvaluator withInteraction(double[] effects, double extra) {
    return VariantEvaluator.ofCells(
        (mask, r) -> {
          double value = 100 + 10 * (hash(r, 7) - 0.5);
          for (int i = 0; i < effects.length; i++) {
            value += (mask & (1L << i)) != 0 ? effects[i] : 0;
          }
          return (mask & 3L) == 3L ? value + extra : value;
        });
  }

  /**
   * A non-additive noisy game on six interventions: harm multiplied down by each intervention on,
   * two substitutes that each block one channel, and noise both shared within a replication and
   * particular to each subset.
   */
  static VariantEvaluator nonAdditive() {
    double[] keep = {0.7, 0.85, 0.9, 0.6, 0.95, 0.8};
    return VariantEvaluator.ofCells(
        (mask, r) -> {
          double harm = 100 * (0.7 + 0.6 * hash(r, 1));
          for (int i = 2; i < keep.length; i++) {
            harm *= (mask & (1L << i)) != 0 ? keep[i] : 1;
          }
          boolean blocked = (mask & 3L) != 0;
          double channel = blocked ? 0 : 40 * (0.7 + 0.6 * hash(r, 2));
          return harm + channel + 4 * (hash(mask, r) - 0.5);
        });
  }
}
