package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

final class LabelSpreadTest {

  @Test
  void labelsFarApartStayWhereTheyAre() {
    assertThat(LabelSpread.spread(new double[] {0.2, 0.8}, 0.05, 0, 1)).containsExactly(0.2, 0.8);
  }

  @Test
  void labelsTooCloseArePushedApartInTheirOrder() {
    double[] placed = LabelSpread.spread(new double[] {0.52, 0.5}, 0.1, 0, 1);
    assertThat(placed[1]).isCloseTo(0.5, offset(1e-12));
    assertThat(placed[0]).isCloseTo(0.6, offset(1e-12));
  }

  @Test
  void aStackThatRunsPastTheTopIsShiftedDown() {
    double[] placed = LabelSpread.spread(new double[] {0.95, 0.96, 0.97}, 0.1, 0, 1);
    assertThat(placed).containsExactly(new double[] {0.8, 0.9, 1.0}, offset(1e-12));
  }
}
