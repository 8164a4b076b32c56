package org.precinct.engine.model;

/** Where detection, benign flags, background work and appeals send review cases. */
interface CaseSink {
  /** Opens a case of a {@link CaseTable} kind in queue {@code queue} and returns its id. */
  int open(int kind, int subject, int level, int queue);
}
