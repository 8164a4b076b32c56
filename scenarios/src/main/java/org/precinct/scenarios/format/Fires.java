package org.precinct.scenarios.format;

/** Whether a state-triggered event fires the first time its condition holds, or every time. */
public enum Fires {
  ONCE,
  EVERY
}
