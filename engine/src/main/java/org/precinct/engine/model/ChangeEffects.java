package org.precinct.engine.model;

/**
 * What the running model must do after a change edited its parameters (reschedule arrivals,
 * recompute staffing, start a campaign), so the {@link ChangeApplier} stays free of model state.
 */
interface ChangeEffects {
  /** A campaign's request rate changed: its accounts' pending arrivals are redrawn. */
  void campaignRateChanged(int campaign);

  /** A campaign's account target rose: accounts are added if it is running. */
  void campaignAccountsRaised(int campaign);

  /** Benign volume or a classifier's operating point or switch changed. */
  void benignRateChanged();

  /** A queue's staff scale changed. */
  void staffingChanged(int queue);

  /** A queue's background load changed. */
  void backgroundChanged(int queue);

  /** A classifier's recall or AUC was set (retrained or moved): its drift starts again. */
  void classifierRetrained(int classifier);

  /** A classifier's red-team cadence changed: its next exercise is rescheduled from now. */
  void redTeamChanged(int classifier);

  /** Reviewers added (or, negative, removed) during a window. */
  void addStaff(int queue, long fromTicks, long toTicks, int staff);

  void startCampaign(int campaign);

  void stopCampaign(int campaign);
}
