package org.precinct.engine.result;

/** Whether a staffing window adds reviewers (surge) or removes them (outage). */
public enum WindowKind {
  SURGE,
  OUTAGE
}
