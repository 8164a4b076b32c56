package org.precinct.engine.result;

import java.util.Locale;

/**
 * The time series the model records, with label, unit and resolution, so charts select series by
 * type rather than by string.
 */
public enum SeriesKind {
  HARM_DELIVERED("Harmful outputs delivered", "outputs/day", SeriesResolution.DAY),
  HARM_WEIGHTED("Weighted harm delivered", "weighted points/day", SeriesResolution.DAY),
  EXPOSURE_WEIGHTED_HARM(
      "Exposure-weighted harm accrued", "exposure points/day", SeriesResolution.DAY),
  HARM_DELIVERED_CUMULATIVE(
      "Harmful outputs delivered, cumulative", "outputs", SeriesResolution.DAY),
  REFUSALS("Harmful requests refused", "requests/day", SeriesResolution.DAY),
  REDIRECTS("Voting-information redirects", "redirects/day", SeriesResolution.DAY),
  VOTERS_MISINFORMED(
      "Voters given inaccurate voting information", "voters/day", SeriesResolution.DAY),
  QUESTIONS_REFUSED("Legitimate election questions refused", "questions/day", SeriesResolution.DAY),
  FLAGS("Harmful requests flagged", "flags/day", SeriesResolution.DAY),
  FALSE_POSITIVE_FLAGS("Benign requests flagged", "flags/day", SeriesResolution.DAY),
  ENFORCEMENTS("Threat accounts enforced against", "accounts/day", SeriesResolution.DAY),
  WRONGFUL_ENFORCEMENTS("Benign accounts enforced against", "accounts/day", SeriesResolution.DAY),
  ACTIVE_ACCOUNTS("Threat accounts active at day end", "accounts", SeriesResolution.DAY),
  SLA_BREACHES("Reviews started after the SLA", "cases/day", SeriesResolution.DAY),
  MEAN_WAIT("Mean wait, by review-start day", "hours", SeriesResolution.DAY),
  REVIEWS_STARTED("Reviews started", "cases/day", SeriesResolution.DAY),
  MEAN_WAIT_BY_ARRIVAL("Mean wait, by arrival day", "hours", SeriesResolution.DAY),
  REVIEWS_BY_ARRIVAL(
      "Reviews started, by the day the case arrived", "cases/day", SeriesResolution.DAY),
  BACKLOG("Cases waiting for review", "cases", SeriesResolution.HOUR),
  STAFFED("Reviewers on duty", "reviewers", SeriesResolution.HOUR),
  HARM_DELIVERED_HOURLY("Harmful outputs delivered", "outputs/hour", SeriesResolution.HOUR);

  private final String label;
  private final String unit;
  private final SeriesResolution resolution;

  SeriesKind(String label, String unit, SeriesResolution resolution) {
    this.label = label;
    this.unit = unit;
    this.resolution = resolution;
  }

  /** The lowercase-kebab id used as {@link BandSeries#id()} and in CSV. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A human label. */
  public String label() {
    return label;
  }

  /** The unit of a bin's value. */
  public String unit() {
    return unit;
  }

  /** Day or hour bins. */
  public SeriesResolution resolution() {
    return resolution;
  }

  /** Parses a kebab or upper-snake id case-insensitively. */
  public static SeriesKind fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
