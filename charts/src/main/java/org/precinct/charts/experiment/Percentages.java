package org.precinct.charts.experiment;

import java.text.NumberFormat;
import java.util.Locale;

/** The axis and label format of shares shown as percentages: 0%, 2.5%, 40%. */
final class Percentages {

  private Percentages() {}

  /** A percent format with up to one decimal. */
  static NumberFormat format() {
    NumberFormat format = NumberFormat.getPercentInstance(Locale.US);
    format.setMaximumFractionDigits(1);
    return format;
  }
}
