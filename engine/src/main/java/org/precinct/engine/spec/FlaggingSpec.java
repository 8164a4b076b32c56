package org.precinct.engine.spec;

/**
 * The account flagging rule: an account gets a review case when it collects {@code flagsToOpenCase}
 * classifier flags within {@code windowTicks}; an account has at most one open case.
 */
public record FlaggingSpec(int flagsToOpenCase, long windowTicks) {
  public FlaggingSpec {
    if (flagsToOpenCase < 1 || flagsToOpenCase > 64) {
      throw new IllegalArgumentException(
          "flagsToOpenCase must be in [1, 64], got " + flagsToOpenCase);
    }
    if (windowTicks <= 0) {
      throw new IllegalArgumentException("flagging windowTicks must be > 0");
    }
  }
}
