package org.precinct.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precinct.engine.spec.TlpLevel;

final class MarkingBannerTest {

  @Test
  void eachTlpLevelShowsTheColourTlp2SpecifiesForItsLabel() {
    assertThat(MarkingBanner.colour("TLP:CLEAR")).isEqualTo("#FFFFFF");
    assertThat(MarkingBanner.colour("TLP:GREEN")).isEqualTo("#33FF00");
    assertThat(MarkingBanner.colour("TLP:AMBER")).isEqualTo("#FFC000");
    assertThat(MarkingBanner.colour("TLP:AMBER+STRICT")).isEqualTo("#FFC000");
    assertThat(MarkingBanner.colour("TLP:RED")).isEqualTo("#FF2B2B");
  }

  @Test
  void clearDoesNotLookLikeAmberAndRedGreenAndAmberDiffer() {
    assertThat(
            Arrays.stream(new String[] {"TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:RED"})
                .map(MarkingBanner::colour)
                .distinct())
        .hasSize(4);
  }

  @Test
  void textThatIsNoTlpLabelGetsTheNeutralColour() {
    assertThat(MarkingBanner.colour("No handling marking given")).isEqualTo(MarkingBanner.NEUTRAL);
    assertThat(TlpLevel.labels()).doesNotContain("TLP:PURPLE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/precinct/cli/report/report.html.mustache",
        "org/precinct/cli/experiment/experiment.html.mustache",
        "org/precinct/cli/play/aar.html.mustache"
      })
  void everyHtmlBannerIsBlackWithTheLevelColourSoClearIsNeverWhiteOnWhite(String template)
      throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(html)
          .contains(".marking { background: #000000;")
          .contains("id=\"marking-top\" style=\"color: {{markingColour}}\"")
          .contains("id=\"marking-bottom\" style=\"color: {{markingColour}}\"");
    }
  }
}
