package org.precinct.scenarios.format;

/** How an objective's measured value is compared with its target. */
public enum Comparison {
  AT_LEAST,
  AT_MOST
}
