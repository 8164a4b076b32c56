package org.precinct.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MixComparison;

final class PracticalImportanceTest {

  private static final PracticalImportance FIVE_PERCENT = new PracticalImportance(0.05);

  private static MixComparison mix(double difference, double halfWidth, double holmP) {
    Estimate d = new Estimate(difference, halfWidth / 2, halfWidth, 40, 0.95);
    Estimate value = new Estimate(3000 + difference, 50, 100, 40, 0.95);
    return new MixComparison("m", value, d, holmP, holmP, 0.6, 0.4);
  }

  @Test
  void aSignificantSevenHundredthsOfAPercentIsTooSmallToMatter() {
    MixComparison tiny = mix(-2.1, 0.5, 1e-6);
    assertThat(FIVE_PERCENT.judge(tiny, 3000, 0.05))
        .isEqualTo(PracticalImportance.Verdict.TOO_SMALL);
    assertThat(PracticalImportance.ofBaseline(-2.1, 3000)).isEqualTo("-0.070%");
  }

  @Test
  void aDifferenceWhoseWholeIntervalClearsTheThresholdMatters() {
    assertThat(FIVE_PERCENT.judge(mix(-300, 100, 1e-4), 3000, 0.05))
        .isEqualTo(PracticalImportance.Verdict.MATTERS);
    assertThat(FIVE_PERCENT.judge(mix(300, 100, 1e-4), 3000, 0.05))
        .isEqualTo(PracticalImportance.Verdict.MATTERS);
  }

  @Test
  void anIntervalAcrossTheThresholdIsUnsettledAndAnInsignificantOneIsChance() {
    assertThat(FIVE_PERCENT.judge(mix(-160, 60, 1e-4), 3000, 0.05))
        .isEqualTo(PracticalImportance.Verdict.UNSETTLED);
    assertThat(FIVE_PERCENT.judge(mix(-400, 300, 0.2), 3000, 0.05))
        .isEqualTo(PracticalImportance.Verdict.CHANCE);
  }

  @Test
  void sharesReadWithTwoSignificantDigits() {
    assertThat(PracticalImportance.relative(0.011)).isEqualTo("1.1%");
    assertThat(PracticalImportance.relative(0.01)).isEqualTo("1.0%");
    assertThat(PracticalImportance.relative(0.25)).isEqualTo("25%");
    assertThat(PracticalImportance.ofBaseline(5, 0)).isEqualTo("n/a");
  }
}
