package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;

/**
 * The costs reported beside harm in every experiment: reviewer hours, benign requests flagged
 * (false positives), benign accounts enforced against (wrongful enforcement) and the stated cost of
 * the interventions switched on, so a benefit is never shown without its price.
 */
public final class SideEffects {

  /** The cost metrics, in report order. */
  public static final ImmutableList<Metric> METRICS =
      Lists.immutable.of(
          Metric.REVIEWER_HOURS,
          Metric.FALSE_POSITIVE_FLAGS,
          Metric.WRONGFUL_ENFORCEMENTS,
          Metric.INTERVENTION_COST);

  private SideEffects() {}

  /** The cost metrics other than {@code primary}, which is reported as the main result. */
  public static ImmutableList<Metric> besides(Metric primary) {
    return METRICS.reject(m -> m == primary);
  }
}
