package org.precinct.scenarios.format;

/** The defenses along a request's path, named as in YAML lists and enable/disable changes. */
public enum Defense {
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
