package org.precinct.cli.report;

import org.precinct.engine.spec.TlpLevel;

/**
 * The colour of a report's marking banner: the TLP 2.0 colour of its level on black, so CLEAR reads
 * white and AMBER amber, and a neutral grey for text that is no TLP label (no marking given).
 */
public final class MarkingBanner {

  /** The text colour when the marking is no TLP label. */
  static final String NEUTRAL = "#D8DEE9";

  private MarkingBanner() {}

  /** The CSS text colour of the banner showing {@code marking}. */
  public static String colour(String marking) {
    return TlpLevel.of(marking).map(TlpLevel::colour).orElse(NEUTRAL);
  }
}
