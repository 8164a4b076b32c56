package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ErlangCTest {

  @Test
  void oneServerReducesToMm1() {
    ErlangC queue = new ErlangC(1, 0.9, 1.0);
    assertThat(queue.probabilityOfWaiting()).isCloseTo(0.9, within(1e-12));
    assertThat(queue.meanWaitInQueue()).isCloseTo(9.0, within(1e-9));
    assertThat(queue.meanQueueLength()).isCloseTo(8.1, within(1e-9));
    assertThat(queue.meanResponseTime()).isCloseTo(10.0, within(1e-9));
  }

  @Test
  void twoServersMatchTheClosedForm() {
    // a = 1, c = 2: C = (a^2/2 * 2/(2-1)) / (1 + a + a^2/2 * 2/(2-1)) = 1/3, Wq = C / (2 - 1)
    ErlangC queue = new ErlangC(2, 1.0, 1.0);
    assertThat(queue.probabilityOfWaiting()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(queue.meanWaitInQueue()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(queue.utilization()).isEqualTo(0.5);
  }

  @Test
  void tenServersAtNinetyPercentMatchTheDirectSumFormula() {
    // C(c, a) = (a^c / c! * c / (c - a)) / (sum_{k<c} a^k / k! + a^c / c! * c / (c - a))
    double a = 9;
    int c = 10;
    double term = 1;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double top = term * c / (c - a);
    double expected = top / (sum + top);
    ErlangC queue = new ErlangC(c, a * 0.5, 0.5);
    assertThat(expected).isCloseTo(0.6687315, within(1e-7));
    assertThat(queue.probabilityOfWaiting()).isCloseTo(expected, within(1e-12));
    assertThat(queue.meanWaitInQueue()).isCloseTo(expected / (c * 0.5 - a * 0.5), within(1e-12));
  }

  @Test
  void unstableQueuesAreRejected() {
    assertThatThrownBy(() -> new ErlangC(2, 2.0, 1.0)).hasMessageContaining("unstable");
    assertThatThrownBy(() -> new ErlangC(0, 1, 1)).hasMessageContaining("servers");
  }
}
