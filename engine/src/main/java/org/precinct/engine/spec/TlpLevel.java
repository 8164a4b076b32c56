package org.precinct.engine.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five labels of the Traffic Light Protocol 2.0 (FIRST, 2022), the only handling markings a
 * scenario may carry, each with the colour FIRST specifies for its label so every output shows the
 * level the same way (coloured text on black: CLEAR is white, never a white-on-white banner).
 */
public enum TlpLevel {
  CLEAR("TLP:CLEAR", "#FFFFFF"),
  GREEN("TLP:GREEN", "#33FF00"),
  AMBER("TLP:AMBER", "#FFC000"),
  AMBER_STRICT("TLP:AMBER+STRICT", "#FFC000"),
  RED("TLP:RED", "#FF2B2B");

  private final String label;
  private final String colour;

  TlpLevel(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  /** The label as TLP 2.0 writes it, e.g. "TLP:AMBER+STRICT". */
  public String label() {
    return label;
  }

  /** The label's text colour from the TLP 2.0 standard, as a CSS hex colour on black. */
  public String colour() {
    return colour;
  }

  /** The level whose label is {@code text} (ignoring case and surrounding space), if any. */
  public static Optional<TlpLevel> of(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(level -> level.label.equals(wanted)).findFirst();
  }

  /** Every label, in order from least to most restricted, for messages. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(TlpLevel::label).toList();
  }
}
