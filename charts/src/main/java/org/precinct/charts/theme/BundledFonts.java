package org.precinct.charts.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans faces shipped inside the charts jar, loaded once and registered with the graphics
 * environment, so every chart renders with the same font on a machine that has none.
 *
 * <p>On a Linux machine with no fonts at all, {@link FontEnvironment} first gives the JDK a font
 * configuration naming these faces, without which the JDK cannot start its font system.
 *
 * <p>The fonts are used as the {@link Font} objects created from the resources (never looked up by
 * family name), which is what makes the bundled file, not a system copy, the one that draws.
 */
public final class BundledFonts {

  /** The family name the bundled faces register under. */
  public static final String FAMILY = "DejaVu Sans";

  static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
  static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

  private final Font regular;
  private final Font bold;
  private final byte[] regularFile;
  private final byte[] boldFile;

  private BundledFonts(byte[] regularFile, byte[] boldFile) {
    this.regularFile = regularFile;
    this.boldFile = boldFile;
    FontEnvironment.prepare(regularFile, boldFile);
    this.regular = load(regularFile, REGULAR_RESOURCE);
    this.bold = load(boldFile, BOLD_RESOURCE);
  }

  /** Returns the fonts, loading and registering them on first use. */
  public static BundledFonts get() {
    return Holder.FONTS;
  }

  /** Returns the regular face at the given size in points. */
  public Font regular(float size) {
    return regular.deriveFont(Font.PLAIN, size);
  }

  /** Returns the bold face at the given size in points. */
  public Font bold(float size) {
    return bold.deriveFont(Font.PLAIN, size);
  }

  /**
   * Opens the TrueType file of the face a font was derived from, for embedding in a PDF; the files
   * are read from the jar once and kept in memory.
   */
  public static InputStream open(Font font) {
    BundledFonts fonts = get();
    boolean bold = font.getFontName().endsWith("Bold");
    return new ByteArrayInputStream(bold ? fonts.boldFile : fonts.regularFile);
  }

  static InputStream openResource(String resource) {
    InputStream in = BundledFonts.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled font missing from the charts jar: " + resource);
    }
    return in;
  }

  private static byte[] read(String resource) {
    try (InputStream in = openResource(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    }
  }

  private static Font load(byte[] file, String resource) {
    try {
      Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font is not TrueType: " + resource, e);
    }
  }

  /** Lazy, thread-safe initialisation by the class loader (the holder idiom). */
  private static final class Holder {
    static final BundledFonts FONTS = new BundledFonts(read(REGULAR_RESOURCE), read(BOLD_RESOURCE));
  }
}
