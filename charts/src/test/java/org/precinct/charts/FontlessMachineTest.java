package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the bundled font is enough: a child JVM runs in a private mount namespace where every
 * system font folder is replaced by an empty one (so the JDK alone would fail with "Fontconfig head
 * is null"), and still draws a chart with selectable text. Hiding folders needs root and
 * unshare(1), which CI has; elsewhere the test is skipped, saying so.
 */
final class FontlessMachineTest {

  private static final String[] FONT_DIRS = {
    "/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/X11/fonts"
  };

  @Test
  void chartsRenderWithTheBundledFontWhenTheMachineHasNoFonts(@TempDir Path dir) throws Exception {
    assumeTrue(canHideFolders(), "needs root and unshare(1) to hide the system fonts");
    Process child =
        new ProcessBuilder("unshare", "-m", "sh", "-c", script(dir))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    List<String> families = Files.readAllLines(dir.resolve("families.txt"));
    assertThat(families).contains("DejaVu Sans").doesNotContain("DejaVu Serif");
    assertThat(RenderChecks.inkedShare(ImageIO.read(dir.resolve("chart.png").toFile())))
        .isGreaterThan(0.02);
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("chart.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("How quickly are harmful accounts enforced against?");
    }
    assertThat(Files.readString(dir.resolve("chart.svg"))).contains("font-family:'DejaVu Sans'");
  }

  private static String script(Path dir) {
    List<String> lines = new ArrayList<>();
    for (String fonts : FONT_DIRS) {
      if (new File(fonts).isDirectory()) {
        lines.add("mount -t tmpfs tmpfs " + fonts);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    lines.add(
        "exec '"
            + java
            + "' -Djava.awt.headless=true -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + FontlessProbe.class.getName()
            + " '"
            + dir
            + "'");
    return String.join(" && ", lines);
  }

  private static boolean canHideFolders() throws Exception {
    try {
      Process probe =
          new ProcessBuilder("unshare", "-m", "true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (java.io.IOException noUnshare) {
      return false;
    }
  }
}
