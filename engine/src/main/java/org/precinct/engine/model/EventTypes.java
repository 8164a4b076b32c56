package org.precinct.engine.model;

/**
 * The int codes of the model's events and their priorities at equal times (changes first, so an
 * inject at t affects every event at t; bookkeeping ticks last, so a bin closes after its events).
 */
final class EventTypes {
  static final int CHANGE = 1;
  static final int CAMPAIGN_START = 2;
  static final int CAMPAIGN_END = 3;
  static final int REQUEST = 4;
  static final int FLAG = 5;
  static final int BENIGN_FLAG = 6;
  static final int REVIEW_DONE = 7;
  static final int ROSTER = 8;
  static final int STAFF_DELTA = 9;
  static final int SUSPEND = 10;
  static final int TAKEDOWN = 11;
  static final int PARTNER_ACTION = 12;
  static final int RECREATE = 13;
  static final int GROWTH = 14;
  static final int COORDINATION = 15;
  static final int AUDIT = 16;
  static final int BACKGROUND = 17;
  static final int HOUR_TICK = 18;
  static final int DAY_TICK = 19;
  static final int RED_TEAM_START = 20;
  static final int RED_TEAM_FINDINGS = 21;

  static final int PRIORITY_CHANGE = 0;
  static final int PRIORITY_STAFF = 5;
  static final int PRIORITY_NORMAL = 10;
  static final int PRIORITY_TICK = 20;
  static final int PRIORITY_DAY_TICK = 21;

  private EventTypes() {}
}
