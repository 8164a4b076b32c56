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
  WRONGFUL_ENFORCEMENT
}
