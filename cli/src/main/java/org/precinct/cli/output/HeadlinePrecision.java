package org.precinct.cli.output;

import java.util.List;
import org.precinct.engine.result.ScenarioResult;

/**
 * The precision that governs {@code run --target-ci}: the largest 95% CI half-width relative to its
 * mean across the headline metrics. A metric whose mean is near zero (under one unit, one
 * percentage point for a share) has no useful relative precision; as in {@link Headline}'s target
 * it counts by its absolute half-width instead, scaled so that one unit weighs as the target does.
 */
public final class HeadlinePrecision {
  private HeadlinePrecision() {}

  /**
   * The governing relative half-width of {@code result}'s headlines against {@code target}: at or
   * below {@code target} exactly when every headline meets it.
   */
  public static double governing(ScenarioResult result, double target) {
    return governing(Headline.of(result), target);
  }

  static double governing(List<Headline> headlines, double target) {
    double worst = 0;
    for (Headline h : headlines) {
      worst = Math.max(worst, relative(h, target));
    }
    return worst;
  }

  /** One headline's relative half-width, or its near-zero stand-in; infinite when unknown. */
  static double relative(Headline h, double target) {
    double halfWidth = h.halfWidth();
    if (!Double.isFinite(halfWidth)) {
      return Double.POSITIVE_INFINITY;
    }
    double floor = Headline.absoluteFloor(h.metric());
    double mean = Math.abs(h.summary().mean());
    return mean < floor ? target * halfWidth / floor : halfWidth / mean;
  }
}
