package org.precinct.engine.model;

/** What human review decides, each decision going to the stage that acts on it. */
interface Verdicts {
  /** A threat account's case was decided ({@code confirmed}: the violation was upheld). */
  void threatDecided(int account, int queue, boolean confirmed);

  /** A benign user's case was decided ({@code confirmed}: wrongly upheld). */
  void benignDecided(int slot, boolean confirmed, int queue);

  /** A network case was decided. */
  void networkDecided(int network, boolean confirmed);

  /** A benign user's appeal was decided. */
  void benignAppealDecided(int slot, boolean granted);
}
