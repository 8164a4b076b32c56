package org.precinct.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.validation.QueueValidation.Mmc;

/**
 * The long half of the bias harness (tag "long", left out of {@code mvn verify}; run it with {@code
 * mvn -B -pl engine test -Dprecinct.test.excluded= -Dgroups=long}, a few minutes on 2 cores):
 * year-long replications, enough of them that every estimate must lie within 1% of the analytic
 * value as well as its 95% interval containing it. Each check prints the bias it would detect with
 * 80% power.
 */
@Tag("long")
final class QueueTheoryLongTest {

  static Mmc[] erlangConfigurations() {
    return new Mmc[] {
      new Mmc(1, 0.8, 365, 10, 1_200),
      new Mmc(10, 0.9, 365, 10, 800),
      new Mmc(20, 0.95, 365, 10, 800),
      new Mmc(50, 0.95, 365, 10, 500)
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("erlangConfigurations")
  void aPlainQueueIsWithinOnePercentOfErlangC(Mmc q) {
    double theory = q.theory().meanWaitInQueue();
    ConfidenceInterval waits = QueueValidation.plainQueue(q).waits();
    report(q.toString(), waits, theory);
    assertThat(waits.contains(theory)).as("%s: %s vs %.5f", q, waits, theory).isTrue();
    assertThat(waits.mean() / theory - 1).isBetween(-0.01, 0.01);
  }

  @Test
  void threePriorityClassesAreWithinOnePercentOfCobham() {
    double[] perHour = {0.8, 1.2, 1.4};
    ConfidenceInterval[] waits = QueueValidation.priorityQueue(4, perHour, 365, 10, 600);
    for (int k = 0; k < perHour.length; k++) {
      double theory = QueueTheory.cobham(4, perHour, 1.0, k);
      report("priority class " + k, waits[k], theory);
      assertThat(waits[k].contains(theory)).as("class %d: %s", k, waits[k]).isTrue();
      assertThat(waits[k].mean() / theory - 1).isBetween(-0.01, 0.01);
    }
  }

  private static void report(String what, ConfidenceInterval ci, double theory) {
    System.out.printf(
        "%s: %.5f h (95%% CI %.5f to %.5f), theory %.5f, %+.2f%%, detects a %.2f%% bias with 80%%"
            + " power%n",
        what,
        ci.mean(),
        ci.low(),
        ci.high(),
        theory,
        100 * (ci.mean() / theory - 1),
        100 * QueueValidation.detectableBias(ci, theory));
  }
}
