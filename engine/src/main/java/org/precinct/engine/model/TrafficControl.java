package org.precinct.engine.model;

/** What the campaign lifecycle and enforcement may ask of threat traffic: start, stop, redraw. */
interface TrafficControl {
  /** Draws the account's next request after {@code from}. */
  void scheduleNext(int account, long from);

  /** Cancels the account's pending request, if any. */
  void cancelPending(int account);

  /** Cancels and redraws the account's pending request (after a rate change). */
  void reschedule(int account);

  /** Forgets a campaign's cached hourly rates. */
  void invalidateRate(int campaign);
}
