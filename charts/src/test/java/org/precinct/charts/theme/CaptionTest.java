package org.precinct.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CaptionTest {

  @Test
  void theCaptionSaysWhatWasRun() {
    Caption caption = new Caption("Scenario X", "surge", 200, 42, 0.95, "1.2.3", "TLP:AMBER");
    assertThat(caption.text())
        .isEqualTo(
            "Scenario X  \u00b7  variant surge  \u00b7  200 "
                + "replications  \u00b7  seed 42  \u00b7  95% intervals  \u00b7  Precinct 1.2.3  \u00b7  "
                + "TLP:AMBER");
  }

  @Test
  void anEmptyMarkingAndVariantAreLeftOut() {
    Caption caption = new Caption("S", "", 1, 7, 0.9, "1", "");
    assertThat(caption.text())
        .isEqualTo(
            "S  \u00b7  1 replication  \u00b7  seed 7  \u00b7  90% intervals  \u00b7  Precinct 1");
  }

  @Test
  void fractionalConfidenceLevelsKeepOneDecimal() {
    assertThat(new Caption("S", "", 1, 7, 0.995, "1", "").confidencePercent()).isEqualTo("99.5%");
  }

  @Test
  void aConfidenceLevelOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> new Caption("S", "", 1, 7, 95, "1", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidenceLevel");
  }
}
