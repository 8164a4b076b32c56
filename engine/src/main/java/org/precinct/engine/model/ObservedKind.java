package org.precinct.engine.model;

/** What an {@link ObservedEvent} records. */
public enum ObservedKind {
  HARMFUL_REQUEST,
  DETECTED,
  CASE_OPENED,
  REVIEWED,
  ESCALATED,
  WARNED,
  REFERRED,
  SUSPENDED,
  RECREATED,
  WRONGFUL_ENFORCEMENT,
  /** A state-triggered inject (or decision) fired; the detail is its id. */
  INJECT_FIRED
}
