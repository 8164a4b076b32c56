package org.precinct.engine.spec;

/**
 * The defenses along a request's path, in order; a channel lists the ones that apply to it and a
 * {@link Change.ToggleDefense} switches one on or off.
 */
public enum DefenseKind {
  REFUSAL,
  PROMPT_MODIFICATION,
  CLASSIFIER,
  FLAGGING,
  COORDINATION,
  AUDIT,
  REVIEW,
  ENFORCEMENT,
  PARTNER_REFERRAL
}
