package org.precinct.engine.model;

/** What enforcement tells a campaign's lifecycle: one of its active accounts was suspended. */
interface Recreation {
  /** The campaign may re-create the suspended account after its delay. */
  void afterSuspension(int campaign);
}
