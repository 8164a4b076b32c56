package org.precinct.scenarios.format;

/** The default state of an intervention: "on" or "off". */
public enum Switch {
  ON,
  OFF
}
