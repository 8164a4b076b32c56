package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.ScenarioSpec;

final class SoFarMetricTest {
  private final ScenarioSpec scenario = TabletopFixture.scenario();
  private final RunPlan plan = TabletopFixture.plan(scenario, 2);

  private ReplicationOutcome run(int replication) {
    long end = scenario.timeline().endTicks();
    return PathReplication.replay(scenario, plan, replication, Lists.immutable.empty(), end).run();
  }

  @Test
  void aMetricReadSoFarFromTheWholeRunIsItsFinalValueOrForThePeakALowerBound() {
    for (int r = 0; r < 2; r++) {
      ReplicationOutcome outcome = run(r);
      ReplicationOutcome cut =
          OutcomePrefix.cut(outcome, scenario.timeline(), scenario.timeline().endTicks());
      for (SoFarMetric m : SoFarMetric.values()) {
        Metric metric = Metric.valueOf(m.name());
        double soFar = m.valueIn(cut, scenario.timeline());
        if (m == SoFarMetric.PEAK_BACKLOG) {
          // Read from hourly mean backlogs, so a lower bound of the true peak.
          assertThat(soFar).as(metric.id()).isLessThanOrEqualTo(outcome.value(metric) + 1e-6);
        } else {
          assertThat(soFar).as(metric.id()).isCloseTo(outcome.value(metric), offset(1e-6));
        }
      }
    }
  }

  @Test
  void aMetricReadSoFarNeverFallsAsTheRunGoesOn() {
    ReplicationOutcome outcome = run(0);
    long day = scenario.timeline().dayStartTicks(1);
    for (SoFarMetric m : SoFarMetric.values()) {
      double before = 0;
      for (long t = day; t <= scenario.timeline().endTicks(); t += day) {
        double now =
            m.valueIn(OutcomePrefix.cut(outcome, scenario.timeline(), t), scenario.timeline());
        assertThat(now).as(m.name()).isGreaterThanOrEqualTo(before);
        before = now;
      }
    }
  }
}
