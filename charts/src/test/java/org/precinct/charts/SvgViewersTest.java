package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart type, as a machine without DejaVu sees it: in a private mount namespace whose only
 * system font is DejaVu Sans Mono (far wider than the layout font, so metric-incompatible), a child
 * JVM writes every sample chart as SVG and checks its laid-out text boxes; rsvg-convert and
 * headless Chromium then open each SVG with that font alone, and the browser's own text boxes must
 * stay on the canvas and apart, with the TLP marking inside it and drawn in rsvg's bitmap. Needs
 * root, unshare(1), rsvg-convert (librsvg2-bin) and chromium: skipped without them on a
 * workstation, failed in CI (CI=true), where .ci/run installs them.
 */
final class SvgViewersTest {

  private static final Path MONO = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
  private static final Pattern MARK = Pattern.compile("(-?\\d+),(-?\\d+),(-?\\d+),(-?\\d+)");

  @Test
  void everyChartOpensInRsvgAndChromiumWithOnlyAMetricIncompatibleFont(@TempDir Path dir)
      throws Exception {
    requireTools();
    List<String> names = AllCharts.samples().stream().map(NamedChart::name).toList();
    Files.createDirectories(dir.resolve("svg"));
    Files.writeString(dir.resolve("svg/check.html"), checkPage(names));

    Process child =
        new ProcessBuilder("unshare", "-m", "sh", "-c", script(dir))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(child.exitValue()).as(log).isZero();

    assertThat(Files.readAllLines(dir.resolve("fc-list.txt")))
        .as("the namespace's system fonts")
        .isNotEmpty()
        .allMatch(family -> family.startsWith("DejaVu Sans Mono"));
    assertThat(Files.readAllLines(dir.resolve("textfit.txt"))).as("layout problems").isEmpty();

    Map<String, String[]> browser = browserBoxes(dir.resolve("dom.html"));
    assertThat(browser.keySet()).containsExactlyInAnyOrderElementsOf(names);
    SoftAssertions inBrowser = new SoftAssertions();
    for (String name : names) {
      String[] cells = browser.get(name);
      inBrowser.assertThat(cells.length > 4 ? cells[4] : "").as(name + " in Chromium").isEmpty();
    }
    inBrowser.assertAll();
    for (String name : names) {
      String[] row = browser.get(name);
      assertThat(row[1]).as(name + ": " + String.join(" ", row)).isNotEqualTo("error");
      assertThat(Integer.parseInt(row[1])).as(name + " text elements").isGreaterThan(5);
      assertThat(row[2]).isEqualTo("1920x1080");
      Matcher mark = MARK.matcher(row[3]);
      assertThat(mark.find()).as(name + " has its TLP marking").isTrue();
      int[] box = new int[4];
      for (int i = 0; i < 4; i++) {
        box[i] = Integer.parseInt(mark.group(i + 1));
      }
      assertThat(box[0]).isGreaterThanOrEqualTo(0);
      assertThat(box[1]).isGreaterThanOrEqualTo(0);
      assertThat(box[2]).as(name + " marking right edge").isLessThanOrEqualTo(1920);
      assertThat(box[3]).as(name + " marking bottom edge").isLessThanOrEqualTo(1080);
      BufferedImage png = ImageIO.read(dir.resolve("png/" + name + ".png").toFile());
      assertThat(png.getWidth()).isEqualTo(1920);
      assertThat(png.getHeight()).isEqualTo(1080);
      assertThat(darkPixels(png, box))
          .as(name + " marking drawn by rsvg-convert")
          .isGreaterThan(40);
    }
  }

  private static void requireTools() throws Exception {
    boolean present =
        runs("unshare", "-m", "true")
            && runs("rsvg-convert", "--version")
            && runs("chromium", "--version")
            && Files.isRegularFile(MONO);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI needs root, unshare, rsvg-convert, chromium and DejaVu Sans Mono");
    }
    Assumptions.assumeTrue(
        present, "needs root, unshare, rsvg-convert, chromium and DejaVu Sans Mono");
  }

  private static boolean runs(String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException missing) {
      return false;
    }
  }

  private static String checkPage(List<String> names) throws IOException {
    try (InputStream in = SvgViewersTest.class.getResourceAsStream("svg-text-boxes.html")) {
      String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> files = names.stream().map(n -> "\"" + n + ".svg\"").toList();
      return page.replace("/*FILES*/[]", "[" + String.join(",", files) + "]");
    }
  }

  /** The shell script run in the mount namespace: one font, then the JVM, rsvg and Chromium. */
  private static String script(Path dir) {
    String d = dir.toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> lines = new ArrayList<>();
    lines.add("set -e");
    lines.add("mkdir -p '" + d + "/fonts' '" + d + "/cache' '" + d + "/home' '" + d + "/png'");
    lines.add("cp '" + MONO + "' '" + d + "/fonts/'");
    lines.add("mount --bind '" + d + "/fonts' /usr/share/fonts");
    for (String hidden :
        List.of("/usr/local/share/fonts", "/usr/share/X11/fonts", "/var/cache/fontconfig")) {
      if (new File(hidden).isDirectory()) {
        lines.add("mount -t tmpfs tmpfs " + hidden);
      }
    }
    lines.add("export HOME='" + d + "/home' XDG_CACHE_HOME='" + d + "/cache'");
    lines.add("fc-list : family > '" + d + "/fc-list.txt'");
    lines.add(
        "'"
            + java
            + "' -Djava.awt.headless=true -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + SvgViewerProbe.class.getName()
            + " '"
            + d
            + "'");
    lines.add(
        "for f in '"
            + d
            + "'/svg/*.svg; do"
            + " rsvg-convert -o '"
            + d
            + "'/png/$(basename \"$f\" .svg).png \"$f\"; done");
    lines.add(
        "chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files"
            + " --disable-background-networking --disable-component-update --disable-sync"
            + " --no-first-run --user-data-dir='"
            + d
            + "/profile' --virtual-time-budget=30000"
            + " --dump-dom 'file://"
            + d
            + "/svg/check.html' > '"
            + d
            + "/dom.html' 2>/dev/null");
    return String.join("\n", lines);
  }

  private static Map<String, String[]> browserBoxes(Path dom) throws IOException {
    String html = Files.readString(dom);
    Matcher pre = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
    assertThat(pre.find()).as("the check page finished: " + html).isTrue();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : unescape(pre.group(1)).split("\n")) {
      String[] cells = line.split("\t", -1);
      rows.put(cells[0].replace(".svg", ""), cells);
    }
    return rows;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private static int darkPixels(BufferedImage image, int[] box) {
    int dark = 0;
    for (int y = Math.max(0, box[1]); y < Math.min(image.getHeight(), box[3]); y++) {
      for (int x = Math.max(0, box[0]); x < Math.min(image.getWidth(), box[2]); x++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if ((rgb >>> 24) > 128 && grey < 110) {
          dark++;
        }
      }
    }
    return dark;
  }
}
