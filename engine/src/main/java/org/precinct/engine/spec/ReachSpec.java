package org.precinct.engine.spec;

/**
 * How a harmful output's exposure accrues after delivery, so that early action is worth more than
 * late: exposure follows an exponential decay curve (a share 1 - 2^(-t / halfLife) of it has
 * accrued t after delivery; about 90% of a post's engagement lands in its first 30 h, arXiv
 * 2301.02737), and removing an enforced account's content cuts the exposure still to come.
 *
 * @param halfLifeTicks time after delivery by which half the exposure has accrued; 0 means all
 *     exposure is immediate (nothing left for removal to cut)
 * @param contentRemoved whether enforcement of an account (suspension, partner action, network
 *     takedown) removes its delivered outputs, cutting their remaining exposure
 */
public record ReachSpec(long halfLifeTicks, boolean contentRemoved) {
  public ReachSpec {
    Require.nonNegative(halfLifeTicks, "halfLifeTicks");
  }

  /** Immediate exposure: exposure-weighted harm equals weighted harm, removal cuts nothing. */
  public static ReachSpec immediate() {
    return new ReachSpec(0L, false);
  }

  /**
   * The half-life that makes {@code share} of the exposure accrue within {@code withinTicks}: for
   * exponential decay, share = 1 - 2^(-within / halfLife), so halfLife = within ln 2 / -ln(1 -
   * share).
   */
  public static long halfLifeFromShare(double share, long withinTicks) {
    if (!(share > 0 && share < 1) || withinTicks <= 0) {
      throw new IllegalArgumentException("share must be in (0, 1) and within positive");
    }
    return Math.max(1L, Math.round(withinTicks * Math.log(2) / -Math.log1p(-share)));
  }
}
