package org.precinct.engine.model;

/** Where a confirmed violation goes to be acted on: the enforcement ladder or partner referral. */
interface AccountFates {
  /** Account {@code account}'s violation was confirmed (by review in {@code queue}, or without). */
  void confirmedThreat(int account, int queue);
}
