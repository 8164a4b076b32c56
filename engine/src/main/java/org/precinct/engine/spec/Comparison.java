package org.precinct.engine.spec;

/** How an objective compares a metric's value with its target. */
public enum Comparison {
  AT_MOST,
  AT_LEAST;

  /** Whether {@code value} meets {@code target}. */
  public boolean isMet(double value, double target) {
    return this == AT_MOST ? value <= target : value >= target;
  }
}
