package org.precinct.engine.spec;

/**
 * How often the model answers a voting question wrongly or staler than the election: a base
 * probability at its knowledge cut-off, growing linearly with the months since the cut-off (rules,
 * polling places and deadlines change after training), plus an extra for jurisdiction-specific
 * detail, capped.
 *
 * @param cutoffTicks the model's knowledge cut-off, in ticks from the scenario start (negative:
 *     before the start)
 */
public record InaccuracySpec(
    long cutoffTicks, double base, double perMonth, double jurisdictionExtra, double max) {
  /** Ticks in an average month (365.25 / 12 days). */
  public static final double MONTH_TICKS = 365.25 / 12 * 86_400_000.0;

  public InaccuracySpec {
    Require.probability(base, "inaccuracy base");
    Require.probability(perMonth, "inaccuracy perMonth");
    Require.probability(jurisdictionExtra, "inaccuracy jurisdictionExtra");
    Require.probability(max, "inaccuracy max");
  }

  /** The probability of an inaccurate answer at time {@code ticks}, before any scaling. */
  public double at(long ticks, boolean jurisdictionSpecific) {
    double months = Math.max(0.0, (ticks - cutoffTicks) / MONTH_TICKS);
    double p = base + perMonth * months + (jurisdictionSpecific ? jurisdictionExtra : 0.0);
    return Math.min(max, p);
  }
}
