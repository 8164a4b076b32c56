package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class FrontierTest {

  @Test
  void optionsBeatenOnBothCostAndHarmAreOffTheFrontier() {
    double[] cost = {0, 10, 20, 30, 25};
    double[] harm = {100, 80, 85, 50, 90};
    assertThat(Frontier.pareto(cost, harm)).containsExactly(true, true, false, true, false);
  }

  @Test
  void anEqualCostWithMoreHarmIsDominated() {
    assertThat(Frontier.pareto(new double[] {5, 5}, new double[] {10, 12}))
        .containsExactly(true, false);
  }

  @Test
  void identicalOptionsAreBothOnTheFrontier() {
    assertThat(Frontier.pareto(new double[] {5, 5}, new double[] {10, 10}))
        .containsExactly(true, true);
  }
}
