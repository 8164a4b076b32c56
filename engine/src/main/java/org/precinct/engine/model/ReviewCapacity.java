package org.precinct.engine.model;

/** Where staffing sends the number of reviewers on duty in a queue. */
interface ReviewCapacity {
  /** Sets queue {@code queue}'s reviewers on duty now and starts waiting cases if some are free. */
  void setStaffed(int queue, int reviewers);
}
