package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * How much a harmful output weighs by its day relative to the election (a false polling-place claim
 * the day before the vote weighs more than one two months out): linear between points, flat outside
 * them, 1 everywhere when there are none.
 */
public record HarmWeightingSpec(ImmutableList<HarmWeightPoint> points) {
  public HarmWeightingSpec {
    Require.nonNull(points, "harm weighting points");
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).daysRelative() <= points.get(i - 1).daysRelative()) {
        throw new IllegalArgumentException("harm weighting points must be in increasing days");
      }
    }
  }

  /** The weight on day E{@code daysRelative}. */
  public double weight(int daysRelative) {
    if (points.isEmpty()) {
      return 1.0;
    }
    HarmWeightPoint first = points.getFirst();
    if (daysRelative <= first.daysRelative()) {
      return first.weight();
    }
    for (int i = 1; i < points.size(); i++) {
      HarmWeightPoint b = points.get(i);
      if (daysRelative <= b.daysRelative()) {
        HarmWeightPoint a = points.get(i - 1);
        double f =
            (double) (daysRelative - a.daysRelative()) / (b.daysRelative() - a.daysRelative());
        return a.weight() + f * (b.weight() - a.weight());
      }
    }
    return points.getLast().weight();
  }

  /** A flat weight of 1. */
  public static HarmWeightingSpec flat() {
    return new HarmWeightingSpec(org.eclipse.collections.api.factory.Lists.immutable.empty());
  }
}
