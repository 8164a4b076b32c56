package org.precinct.charts.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lets the JDK's font system start on a Linux machine that has no fonts at all (a slim container
 * image): there the JDK fails with "Fontconfig head is null" before any font, even one created from
 * a file, can be used. When no font file is found in the usual folders, the bundled faces are
 * copied to a temporary folder and named in a font configuration the JDK reads instead ({@code
 * sun.awt.fontconfig}); elsewhere nothing is touched.
 */
final class FontEnvironment {

  static final String PROPERTY = "sun.awt.fontconfig";

  private static final List<String> FONT_SUFFIXES =
      List.of(".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz", ".otb");
  private static final String[] STYLES = {"plain", "bold", "italic", "bolditalic"};
  private static final String[] LOGICAL = {
    "serif", "sansserif", "monospaced", "dialog", "dialoginput"
  };

  private FontEnvironment() {}

  /** Points the JDK at the bundled faces when the machine has no fonts of its own. */
  static void prepare(byte[] regular, byte[] bold) {
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    if (!linux || System.getProperty(PROPERTY) != null || hasFontFiles(fontFolders())) {
      return;
    }
    try {
      Path dir = Files.createTempDirectory("precinct-fonts");
      Path regularFile = Files.write(dir.resolve("DejaVuSans.ttf"), regular);
      Path boldFile = Files.write(dir.resolve("DejaVuSans-Bold.ttf"), bold);
      Path config = dir.resolve("fontconfig.properties");
      Files.writeString(config, configuration(regularFile, boldFile), StandardCharsets.UTF_8);
      Stream.of(dir, regularFile, boldFile, config).forEach(p -> p.toFile().deleteOnExit());
      System.setProperty(PROPERTY, config.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the bundled fonts for the JDK", e);
    }
  }

  /** Returns the folders where Linux font packages and users put fonts. */
  static List<Path> fontFolders() {
    String home = System.getProperty("user.home", "/nonexistent");
    return List.of(
        Path.of("/usr/share/fonts"),
        Path.of("/usr/local/share/fonts"),
        Path.of(home, ".fonts"),
        Path.of(home, ".local/share/fonts"),
        Path.of(System.getProperty("java.home"), "lib", "fonts"));
  }

  /** Tells whether any of the folders holds a font file (looking a few levels deep). */
  static boolean hasFontFiles(List<Path> folders) {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder, 4)) {
        if (files.anyMatch(FontEnvironment::isFontFile)) {
          return true;
        }
      } catch (IOException | UncheckedIOException e) {
        continue; // an unreadable folder holds no usable fonts
      }
    }
    return false;
  }

  private static boolean isFontFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return FONT_SUFFIXES.stream().anyMatch(name::endsWith) && Files.isRegularFile(file);
  }

  /** Returns a JDK font configuration mapping every logical font to the bundled faces. */
  static String configuration(Path regular, Path bold) {
    StringBuilder text = new StringBuilder("version=1\nsequence.allfonts=latin-1\n");
    for (String logical : LOGICAL) {
      for (String style : STYLES) {
        String face = style.startsWith("bold") ? "DejaVu Sans Bold" : "DejaVu Sans";
        text.append(logical)
            .append('.')
            .append(style)
            .append(".latin-1=")
            .append(face)
            .append('\n');
      }
    }
    text.append("filename.DejaVu_Sans=").append(regular).append('\n');
    text.append("filename.DejaVu_Sans_Bold=").append(bold).append('\n');
    return text.toString();
  }
}
