package org.precinct.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ErlangC;
import org.precinct.engine.validation.QueueValidation.Estimate;
import org.precinct.engine.validation.QueueValidation.Mmc;

/**
 * The fast half of the bias harness, run by {@code mvn verify}: the scenario model reduced to plain
 * and priority queues against Erlang C and Cobham, and the campaign path against the finite-source
 * queue it really is. Each check is a Student-t 95% interval over independent replications with a
 * fixed seed, so a correct model fails one check in twenty seeds; every interval here also rejects
 * a model 5% off, so the checks have power. {@link QueueTheoryLongTest} repeats them with enough
 * replications to hold each estimate within 1%.
 */
final class QueueTheoryTest {

  static Mmc[] erlangConfigurations() {
    return new Mmc[] {
      new Mmc(1, 0.8, 200, 5, 200),
      new Mmc(5, 0.9, 200, 5, 150),
      new Mmc(20, 0.95, 200, 5, 120),
      new Mmc(50, 0.9, 120, 3, 60)
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("erlangConfigurations")
  void aPlainQueueThroughTheModelMatchesErlangC(Mmc q) {
    ErlangC theory = q.theory();
    Estimate e = QueueValidation.plainQueue(q);
    assertThat(e.waits().contains(theory.meanWaitInQueue()))
        .as("%s: Wq %s vs Erlang C %.5f", q, e.waits(), theory.meanWaitInQueue())
        .isTrue();
    assertThat(e.waits().relativeHalfWidth(theory.meanWaitInQueue())).isLessThan(0.06);
    ErlangC slower = new ErlangC(q.servers(), q.perHour(), 1.0 / 1.05);
    assertThat(e.waits().contains(slower.meanWaitInQueue()))
        .as(
            "%s: the interval must reject handle times 5%% longer (%.5f)",
            q, slower.meanWaitInQueue())
        .isFalse();
    assertThat(e.utilisation().mean()).isCloseTo(theory.utilization(), within(0.004));
  }

  @Test
  void threePriorityClassesWaitAsCobhamsFormulaSays() {
    double[] perHour = {0.8, 1.2, 1.4};
    ConfidenceInterval[] waits = QueueValidation.priorityQueue(4, perHour, 150, 5, 60);
    for (int k = 0; k < perHour.length; k++) {
      double theory = QueueTheory.cobham(4, perHour, 1.0, k);
      assertThat(waits[k].contains(theory))
          .as("class %d: %s vs Cobham %.5f", k, waits[k], theory)
          .isTrue();
      double fifo = new ErlangC(4, 3.4, 1.0).meanWaitInQueue();
      assertThat(waits[k].contains(fifo)).as("class %d is not served first come", k).isFalse();
    }
  }

  /**
   * The low bias found with campaign-fed queues: a campaign's account holds at most one open case,
   * so an account whose case waits sends no new case, and the queue is the finite-source M/M/c//N
   * queue (machine repair), whose waits are below Erlang C's by more than the arrivals lost (its
   * losses come exactly when the queue is long). With 2,000 accounts at rho = 0.9 on 10 reviewers
   * the model matches the finite-source wait and the interval excludes Erlang C (about 14% above).
   */
  @Test
  void aCampaignWithOneOpenCasePerAccountIsTheFiniteSourceQueue() {
    Mmc q = new Mmc(10, 0.9, 200, 5, 60);
    int accounts = 2_000;
    ConfidenceInterval waits = QueueValidation.campaignQueue(q, accounts);
    double finite = QueueTheory.finiteSourceWait(accounts, 10, q.perHour() / accounts, 1.0);
    assertThat(waits.contains(finite)).as("%s vs finite-source %.5f", waits, finite).isTrue();
    assertThat(waits.contains(q.theory().meanWaitInQueue())).isFalse();
    assertThat(finite / q.theory().meanWaitInQueue()).isLessThan(0.9);
  }

  /**
   * Warm-up deletion: 31-day replications of M/M/10 at rho = 0.9 (relaxation time about 1 / (c mu
   * (1 - sqrt rho)^2) = 38 hours) read low from an empty start; deleting the first 5 days (over
   * three relaxation times) brings them within 1% of Erlang C.
   */
  @Test
  void aThirtyOneDayRunWithWarmUpIsWithinOnePercentOfErlangC() {
    double theory = new ErlangC(10, 9.0, 1.0).meanWaitInQueue();
    ConfidenceInterval warm = QueueValidation.plainQueue(new Mmc(10, 0.9, 31, 5, 3_000)).waits();
    assertThat(warm.contains(theory)).as("%s vs Erlang C %.5f", warm, theory).isTrue();
    assertThat(warm.mean() / theory - 1).isBetween(-0.01, 0.01);
    ConfidenceInterval cold = QueueValidation.plainQueue(new Mmc(10, 0.9, 31, 0, 3_000)).waits();
    assertThat(cold.high())
        .as("without warm-up the same runs read low: %s vs %.5f", cold, theory)
        .isLessThan(theory);
  }
}
