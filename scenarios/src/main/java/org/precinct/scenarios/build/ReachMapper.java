package org.precinct.scenarios.build;

import org.precinct.engine.spec.ReachSpec;
import org.precinct.scenarios.format.ReachYaml;

/**
 * Maps the reach section: exactly one of half-life and share-within, a positive duration and a
 * share strictly between 0 and 1, converted once to the half-life of an exponential decay.
 */
final class ReachMapper {
  private ReachMapper() {}

  static ReachSpec reach(ReachYaml r, Checks checks) {
    if (r == null) {
      return ReachSpec.immediate();
    }
    boolean removed = r.contentRemoved() != null && r.contentRemoved();
    if ((r.halfLife() == null) == (r.shareWithin() == null)) {
      checks.report(
          "reach",
          "the decay curve needs exactly one of half-life and share-within",
          "half-life: 30h, or share-within: {share: 0.9, within: 30h}");
      return ReachSpec.immediate();
    }
    if (r.halfLife() != null) {
      long ticks = checks.positiveTicks(r.halfLife(), "reach.half-life");
      return ticks <= 0 ? ReachSpec.immediate() : new ReachSpec(ticks, removed);
    }
    String path = "reach.share-within";
    double share =
        checks.range(
            r.shareWithin().share(),
            path + ".share",
            Math.ulp(1.0),
            1 - Math.ulp(1.0),
            0.5,
            "a fraction strictly between 0 and 1, such as 0.9");
    long within = checks.positiveTicks(r.shareWithin().within(), path + ".within");
    if (within <= 0 || !(share > 0 && share < 1)) {
      return ReachSpec.immediate();
    }
    return new ReachSpec(ReachSpec.halfLifeFromShare(share, within), removed);
  }
}
