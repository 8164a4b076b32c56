package org.precinct.engine.result;

/** The bin width of a time series: calendar days in the scenario zone, or elapsed hours. */
public enum SeriesResolution {
  DAY,
  HOUR
}
