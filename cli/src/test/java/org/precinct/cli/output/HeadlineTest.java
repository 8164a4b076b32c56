package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;

final class HeadlineTest {
  @Test
  void aHalfWidthUnderTenPercentOfTheMeanIsPrecise() {
    assertThat(Headline.isPrecise(Metric.PEAK_BACKLOG, 400, 39)).isTrue();
    assertThat(Headline.isPrecise(Metric.PEAK_BACKLOG, 400, 41)).isFalse();
  }

  @Test
  void nearZeroACountIsPreciseWithinOneUnit() {
    assertThat(Headline.isPrecise(Metric.WRONGFUL_ENFORCEMENTS, 0.4, 0.9)).isTrue();
    assertThat(Headline.isPrecise(Metric.WRONGFUL_ENFORCEMENTS, 0.4, 1.2)).isFalse();
  }

  @Test
  void nearZeroAShareIsPreciseWithinOnePercentagePoint() {
    assertThat(Headline.isPrecise(Metric.ENFORCED_WITHIN_24H_SHARE, 0.02, 0.009)).isTrue();
    assertThat(Headline.isPrecise(Metric.ENFORCED_WITHIN_24H_SHARE, 0.5, 0.06)).isFalse();
  }

  @Test
  void anUndefinedIntervalIsNeverPrecise() {
    assertThat(Headline.isPrecise(Metric.PEAK_BACKLOG, 400, Double.NaN)).isFalse();
  }
}
