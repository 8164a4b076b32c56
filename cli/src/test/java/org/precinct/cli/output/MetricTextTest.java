package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;

final class MetricTextTest {
  @Test
  void sharesArePercentagesAndHoursCarryTheirUnit() {
    assertThat(MetricText.value(Metric.ENFORCED_WITHIN_24H_SHARE, 0.4071)).isEqualTo("40.7%");
    assertThat(MetricText.value(Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE, 52.94))
        .isEqualTo("52.9 h");
  }

  @Test
  void countsGetDecimalsByTheirSizeAndThousandsSeparators() {
    assertThat(MetricText.value(Metric.PEAK_BACKLOG, 2251.6)).isEqualTo("2,252");
    assertThat(MetricText.value(Metric.PEAK_BACKLOG, 46.44)).isEqualTo("46.4");
    assertThat(MetricText.value(Metric.PEAK_BACKLOG, 7.604)).isEqualTo("7.60");
  }

  @Test
  void aTinyNegativeBoundIsShownAsZeroWithoutASign() {
    assertThat(MetricText.value(Metric.WRONGFUL_ENFORCEMENTS, -0.001)).isEqualTo("0.00");
    assertThat(MetricText.value(Metric.ENFORCED_WITHIN_24H_SHARE, -0.0001)).isEqualTo("0.0%");
    assertThat(MetricText.value(Metric.WRONGFUL_ENFORCEMENTS, -0.5)).isEqualTo("-0.50");
  }

  @Test
  void anUndefinedValueIsSaidToBeUnavailable() {
    assertThat(MetricText.value(Metric.UTILIZATION, Double.NaN)).isEqualTo("n/a");
  }
}
