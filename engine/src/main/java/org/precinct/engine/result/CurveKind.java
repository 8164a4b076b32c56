package org.precinct.engine.result;

/**
 * Which event a time-to-event curve measures from an account's or campaign's first harmful request.
 */
public enum CurveKind {
  DETECTION,
  ENFORCEMENT,
  DISRUPTION
}
