package org.precinct.engine.random;

/** Validation shared by the rate functions, so every one rejects bad knots the same way. */
final class RateKnots {

  private RateKnots() {}

  static void validate(String what, long[] ticks, double[] ratesPerHour) {
    if (ticks == null || ratesPerHour == null || ticks.length == 0) {
      throw new IllegalArgumentException(what + " needs at least one time and rate");
    }
    if (ticks.length != ratesPerHour.length) {
      throw new IllegalArgumentException(
          what
              + " needs as many rates as times: "
              + ticks.length
              + " times, "
              + ratesPerHour.length
              + " rates");
    }
    for (int i = 0; i < ticks.length; i++) {
      Samplers.nonNegative(what + " rate per hour [" + i + "]", ratesPerHour[i]);
      if (i > 0 && ticks[i] <= ticks[i - 1]) {
        throw new IllegalArgumentException(
            what + " times must increase: [" + i + "] = " + ticks[i] + " after " + ticks[i - 1]);
      }
    }
  }
}
