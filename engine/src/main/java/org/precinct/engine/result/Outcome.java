package org.precinct.engine.result;

/** Where a harmful request ended, so every one is accounted for (the conservation invariant). */
public enum Outcome {
  REFUSED,
  NEUTRALISED,
  DELIVERED_UNDETECTED,
  DELIVERED_AFTER_DETECTION,
  PENDING
}
