package org.precinct.charts;

import java.util.Locale;
import org.precinct.charts.theme.Caption;
import org.precinct.engine.result.CurveKind;

/** The words of the time-to-catch charts: headline, axis wording, subtitle and shares. */
final class TimeToCatchText {

  private TimeToCatchText() {}

  /**
   * The headline; of a chart with one curve per election, "..., by election?", without "harmful" so
   * that it leaves room for the marking on the headline row.
   */
  static String title(CurveKind kind, boolean byElection) {
    String title = title(kind);
    return byElection
        ? title.replace(" harmful accounts", " accounts").replace("?", ", by election?")
        : title;
  }

  static String title(CurveKind kind) {
    return switch (kind) {
      case DETECTION -> "How quickly are harmful accounts detected?";
      case ENFORCEMENT -> "How quickly are harmful accounts enforced against?";
      case DISRUPTION -> "How quickly are campaigns disrupted?";
    };
  }

  static String verb(CurveKind kind) {
    return switch (kind) {
      case DETECTION -> "of accounts detected";
      case ENFORCEMENT -> "of accounts enforced against";
      case DISRUPTION -> "of campaigns disrupted";
    };
  }

  static String subtitle(Caption caption) {
    return "Kaplan-Meier estimate with "
        + caption.confidencePercent()
        + " band; the label at the right is the share never reached before the window closed";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
