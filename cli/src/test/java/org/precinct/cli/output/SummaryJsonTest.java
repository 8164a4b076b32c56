package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.precinct.cli.fixture.SampleResults;
import org.precinct.engine.result.Metric;

final class SummaryJsonTest {
  @Test
  void theSummarySaysWhatWasRunAndEveryMetricWithItsIntervalAndPercentiles() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(SummaryJson.text(SummaryJson.of(SampleResults.result())));

    assertThat(json.at("/scenario/id").asText()).isEqualTo("sample");
    assertThat(json.at("/scenario/sha256").asText()).hasSize(64);
    assertThat(json.at("/run/seed").asLong()).isEqualTo(7);
    assertThat(json.at("/run/replications").asInt()).isEqualTo(40);
    assertThat(json.at("/run/precinctVersion").asText()).isEqualTo("0.1.0-test");
    assertThat(json.at("/metrics")).hasSize(Metric.values().length);
    JsonNode first = json.at("/metrics/0");
    assertThat(first.get("id").asText()).isEqualTo(Metric.values()[0].id());
    assertThat(first.get("mean").asDouble()).isEqualTo(10.0);
    assertThat(first.get("ciLow").asDouble()).isEqualTo(9.5);
    assertThat(first.get("ciHigh").asDouble()).isEqualTo(10.5);
    assertThat(first.has("p10")).isTrue();
    assertThat(first.has("p90")).isTrue();
  }

  @Test
  void anUndefinedValueIsWrittenAsNullNotAsInvalidJson() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(SummaryJson.text(SummaryJson.of(SampleResults.result())));

    JsonNode utilization = json.at("/metrics/" + Metric.UTILIZATION.ordinal());
    assertThat(utilization.get("mean").isNull()).isTrue();
  }

  @Test
  void theHeadlineSectionReportsThePrecisionOfEachHeadlineMetric() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(SummaryJson.text(SummaryJson.of(SampleResults.result())));

    assertThat(json.at("/headline/metrics")).hasSize(Headline.METRICS.size());
    assertThat(json.at("/headline/metrics/0/id").asText())
        .isEqualTo(Metric.ENFORCED_WITHIN_24H_SHARE.id());
    assertThat(json.at("/headline/allPrecise").isBoolean()).isTrue();
  }

  @Test
  void theSameResultGivesTheSameBytes() {
    assertThat(SummaryJson.text(SummaryJson.of(SampleResults.result())))
        .isEqualTo(SummaryJson.text(SummaryJson.of(SampleResults.result())));
  }
}
