package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A baseline and the mixes compared with it on one metric, each difference paired by replication
 * and Holm-adjusted across the mixes (Holm 1979).
 *
 * @param direction which way the metric improves
 * @param replications the paired replications behind every difference
 * @param baseline the metric under the baseline
 * @param mixes one comparison per mix, in the order given
 */
public record ComparisonResult(
    Direction direction, int replications, Estimate baseline, ImmutableList<MixComparison> mixes) {

  /** The widest difference half-width: the precision a target-CI run drives down. */
  public double widestHalfWidth() {
    return mixes.collectDouble(m -> m.difference().halfWidth()).maxIfEmpty(0);
  }
}
