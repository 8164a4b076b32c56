package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.stats.RunningStats;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The acceptance test of common random numbers: on the same scenario, the variance of the paired
 * difference between a mix and its baseline is at least halved when both run replication r with the
 * same streams, compared with independent sampling (a different seed for the mix).
 */
final class CommonRandomNumbersTest {

  private static final int REPLICATIONS = 16;
  private static final Metric METRIC = Metric.HARM_WEIGHTED_BEFORE_ELECTION;

  private final ScenarioSpec scenario = ExperimentScenarios.smallWithInterventions();
  private final RunPlan plan = RunPlan.defaults(scenario).withThreads(2);

  @Test
  void commonRandomNumbersAtLeastHalveTheVarianceOfAPairedDifference() {
    double[] baseline = values(InterventionSet.none(), plan.seed());
    double[] common = values(InterventionSet.of("more-reviewers"), plan.seed());
    double[] independent = values(InterventionSet.of("more-reviewers"), plan.seed() + 1);
    double crn = differenceVariance(common, baseline);
    double ind = differenceVariance(independent, baseline);
    System.out.printf(
        "CRN: Var(paired difference) %.1f with common random numbers, %.1f independent;"
            + " ratio %.4f%n",
        crn, ind, crn / ind);
    assertThat(crn).isLessThanOrEqualTo(ind / 2);
  }

  private double[] values(InterventionSet interventions, long seed) {
    ScenarioVariant variant = new ScenarioVariant("v", "v", interventions, Lists.immutable.empty());
    return new ScenarioCells(scenario, plan.withSeed(seed), key -> variant, ProgressListener.NONE)
        .metric(METRIC)
        .evaluateReplications(0, REPLICATIONS);
  }

  private static double differenceVariance(double[] mix, double[] baseline) {
    RunningStats stats = new RunningStats();
    for (int r = 0; r < mix.length; r++) {
      stats.add(mix[r] - baseline[r]);
    }
    return stats.variance();
  }
}
