package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class QuantilesTest {

  @Test
  void typeSevenMatchesR() {
    // R: quantile(1:10, c(0, .1, .25, .5, .9, 1)) = 1, 1.9, 3.25, 5.5, 9.1, 10
    Quantiles q = Quantiles.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    assertThat(q.quantile(0)).isEqualTo(1);
    assertThat(q.quantile(0.1)).isCloseTo(1.9, within(1e-12));
    assertThat(q.quantile(0.25)).isCloseTo(3.25, within(1e-12));
    assertThat(q.median()).isCloseTo(5.5, within(1e-12));
    assertThat(q.quantile(0.9)).isCloseTo(9.1, within(1e-12));
    assertThat(q.quantile(1)).isEqualTo(10);
  }

  @Test
  void aSingleValueIsEveryQuantile() {
    assertThat(Quantiles.quantile(new double[] {3}, 0.37)).isEqualTo(3);
  }

  @Test
  void theInputIsNotReordered() {
    double[] values = {3, 1, 2};
    Quantiles.of(values);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> Quantiles.of(new double[0])).hasMessageContaining("at least one");
    assertThatThrownBy(() -> Quantiles.of(new double[] {Double.NaN})).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Quantiles.quantile(new double[] {1}, 1.5))
        .hasMessageContaining("[0, 1]");
  }
}
