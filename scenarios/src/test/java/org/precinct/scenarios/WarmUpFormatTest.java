package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/** The timeline's warm-up: a number of days from the start or "until" a day, written back. */
final class WarmUpFormatTest {

  private static ScenarioSpec withWarmUp(String warmUp) throws IOException {
    String base = Files.readString(Path.of("src/test/resources/valid-base.yaml"));
    String yaml = base.replace("  end: E+7d\n", "  end: E+7d\n  warm-up: " + warmUp + "\n");
    LoadResult result = ScenarioLoader.load("warm-up.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(result.problems()).as(result.report()).isEmpty();
    return result.orThrow();
  }

  @Test
  void aDurationCountsWholeDaysFromTheStart() throws IOException {
    TimelineSpec t = withWarmUp("5d").timeline();
    assertThat(t.warmUpTicks()).isEqualTo(Duration.ofDays(5).toMillis());
    assertThat(t.dateTimeAt(t.warmUpTicks()).toLocalDate()).isEqualTo(LocalDate.of(2024, 10, 11));
  }

  @Test
  void untilADayEndsAtThatMidnightAcrossADaylightSavingChange() throws IOException {
    TimelineSpec t = withWarmUp("until E-1d").timeline();
    // 2024-11-03 has 25 hours in New York: 30 days to E-1d hold 29 x 24 + 25 hours
    assertThat(t.dateTimeAt(t.warmUpTicks()))
        .isEqualTo(LocalDate.of(2024, 11, 4).atStartOfDay(ZoneId.of("America/New_York")));
  }

  @Test
  void theWarmUpIsWrittenBackAndReadToTheSameSpec() throws IOException {
    ScenarioSpec original = withWarmUp("2w");
    String written = ScenarioWriter.toYaml(original);
    assertThat(written).contains("warm-up: until E-16d");
    LoadResult again = ScenarioLoader.load("again.yaml", written.getBytes(StandardCharsets.UTF_8));
    assertThat(again.problems()).as(again.report()).isEmpty();
    assertThat(again.orThrow().timeline()).isEqualTo(original.timeline());
  }
}
