package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * What every experiment reports beside its decision metric: the other headline objectives (weighted
 * harm, voters misinformed or turned away, the parity gap where the scenario has sides), so an
 * intervention that helps voters but not harm shows as such, and the costs: reviewer hours, benign
 * requests flagged (false positives), benign accounts enforced against (wrongful enforcement) and
 * the stated cost of the interventions switched on, so a benefit is never shown without its price.
 */
public final class SideEffects {

  /** The objectives an intervention is judged on, in report order. */
  public static final ImmutableList<Metric> OBJECTIVES =
      Lists.immutable.of(
          Metric.HARM_WEIGHTED_BEFORE_ELECTION,
          Metric.VOTERS_MISINFORMED_OR_TURNED_AWAY,
          Metric.PARITY_GAP);

  /** Costs a scenario has only when it states them (auditing legitimate customers). */
  public static final ImmutableList<Metric> STATED_COSTS =
      Lists.immutable.of(Metric.BENIGN_CUSTOMERS_AUDITED);

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

  /**
   * The objectives and costs other than {@code primary} that {@code scenario} can move: the voter
   * objectives only with a voter side, the parity gap only with two sides or more.
   */
  public static ImmutableList<Metric> besides(Metric primary, ScenarioSpec scenario) {
    boolean voters = !scenario.voters().questions().isEmpty();
    boolean sides = voters && scenario.voters().sides().size() >= 2;
    return OBJECTIVES
        .select(
            m ->
                m == Metric.HARM_WEIGHTED_BEFORE_ELECTION
                    || (m == Metric.VOTERS_MISINFORMED_OR_TURNED_AWAY && voters)
                    || (m == Metric.PARITY_GAP && sides))
        .newWithAll(METRICS)
        .newWithAll(STATED_COSTS.select(m -> scenario.defenses().audit().benignCustomers() > 0))
        .reject(m -> m == primary);
  }
}
