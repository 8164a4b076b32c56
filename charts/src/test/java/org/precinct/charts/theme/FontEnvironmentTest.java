package org.precinct.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FontEnvironmentTest {

  @Test
  void aFolderWithAFontFileCountsAsHavingFonts(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("truetype/dejavu"));
    Files.write(dir.resolve("truetype/dejavu/Some.TTF"), new byte[] {1});
    assertThat(FontEnvironment.hasFontFiles(List.of(dir))).isTrue();
  }

  @Test
  void emptyOrMissingFoldersHaveNoFonts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("readme.txt"), "no fonts here");
    assertThat(FontEnvironment.hasFontFiles(List.of(dir, dir.resolve("missing")))).isFalse();
  }

  @Test
  void theConfigurationMapsEveryLogicalFontToTheBundledFaces() {
    String config =
        FontEnvironment.configuration(Path.of("/f/DejaVuSans.ttf"), Path.of("/f/Bold.ttf"));
    assertThat(config)
        .startsWith("version=1\n")
        .contains(
            "dialog.plain.latin-1=DejaVu Sans\n",
            "serif.bolditalic.latin-1=DejaVu Sans Bold\n",
            "filename.DejaVu_Sans=/f/DejaVuSans.ttf\n",
            "filename.DejaVu_Sans_Bold=/f/Bold.ttf\n");
  }
}
