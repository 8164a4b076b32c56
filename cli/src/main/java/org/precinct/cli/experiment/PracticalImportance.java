package org.precinct.cli.experiment;

import java.util.Locale;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MixComparison;

/**
 * The smallest change of the deciding metric that matters in practice, stated as a share of the
 * baseline and set beside significance, so a report never calls a detectable but negligible change
 * important: a difference is judged by where its whole paired confidence interval lies against the
 * threshold (the equivalence-testing reading of an interval, Lakens 2017).
 *
 * @param minShare the threshold as a share of the baseline's mean, e.g. 0.05
 */
record PracticalImportance(double minShare) {

  /** What a paired difference shows, read against significance and the threshold. */
  enum Verdict {
    /** Not distinguishable from chance. */
    CHANCE,
    /** Detectable, but the whole interval lies within the threshold: too small to matter. */
    TOO_SMALL,
    /** Detectable; the interval straddles the threshold. */
    UNSETTLED,
    /** Detectable and the whole interval lies beyond the threshold. */
    MATTERS
  }

  /** The default: a change of 5% of the baseline. */
  static final double DEFAULT_SHARE = 0.05;

  /** Validates the share. */
  PracticalImportance {
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be 0..1, was " + minShare);
    }
  }

  /** The threshold in the metric's units for a baseline mean. */
  double threshold(double baselineMean) {
    return minShare * Math.abs(baselineMean);
  }

  /** The verdict on a mix's paired difference from a baseline with this mean. */
  Verdict judge(MixComparison mix, double baselineMean, double alpha) {
    if (!mix.significant(alpha)) {
      return Verdict.CHANCE;
    }
    Estimate d = mix.difference();
    double t = threshold(baselineMean);
    double low = d.ciLow();
    double high = d.ciHigh();
    double nearest = low > 0 ? low : high < 0 ? -high : 0;
    double farthest = Math.max(Math.abs(low), Math.abs(high));
    if (nearest >= t && t > 0) {
      return Verdict.MATTERS;
    }
    return farthest < t ? Verdict.TOO_SMALL : Verdict.UNSETTLED;
  }

  /** The threshold as a percentage, e.g. "5%". */
  String percent() {
    return relative(minShare);
  }

  /** A change as a signed share of the baseline, e.g. "-1.1%", or "n/a" for a zero baseline. */
  static String ofBaseline(double change, double baselineMean) {
    if (baselineMean == 0 || !Double.isFinite(change)) {
      return "n/a";
    }
    double share = change / Math.abs(baselineMean);
    return (share < 0 ? "-" : "+") + relative(Math.abs(share));
  }

  /** A non-negative share as a percentage with two significant digits, e.g. "1.1%", "0.07%". */
  static String relative(double share) {
    double pct = 100 * share;
    if (pct == 0) {
      return "0%";
    }
    if (pct >= 10) {
      return String.format(Locale.ROOT, "%.0f%%", pct);
    }
    int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(pct)));
    return String.format(Locale.ROOT, "%." + decimals + "f%%", pct);
  }
}
