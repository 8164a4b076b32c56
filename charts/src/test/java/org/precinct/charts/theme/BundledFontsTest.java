package org.precinct.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

final class BundledFontsTest {

  @Test
  void theThemeDrawsWithTheBundledDejaVuFaces() {
    BriefingTheme theme = BriefingTheme.standard();
    assertThat(theme.titleFont().getFontName()).isEqualTo("DejaVu Sans Bold");
    assertThat(theme.tickFont().getFontName()).isEqualTo("DejaVu Sans");
    assertThat(theme.tickFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
    assertThat(theme.titleFont().getSize2D()).isEqualTo(44f);
  }

  @Test
  void theFontFilesShipWithTheirLicence() throws Exception {
    try (InputStream licence = BundledFonts.class.getResourceAsStream("fonts/LICENSE-DejaVu.txt")) {
      assertThat(licence).isNotNull();
      assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("Bitstream Vera", "Arev", "public domain");
    }
  }

  @Test
  void eachFaceOpensItsOwnFileForPdfEmbedding() throws Exception {
    BundledFonts fonts = BundledFonts.get();
    try (InputStream regular = BundledFonts.open(fonts.regular(10));
        InputStream bold = BundledFonts.open(fonts.bold(10))) {
      assertThat(regular.readAllBytes().length).isNotEqualTo(bold.readAllBytes().length);
    }
  }
}
