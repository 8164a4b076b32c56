package org.precinct.engine.result;

import java.util.Locale;

/**
 * Every scalar measured once per replication, with its unit and direction, so summaries, compare
 * and attribution treat all metrics alike without string keys.
 */
public enum Metric {
  THREAT_REQUESTS("Threat requests", "requests", false),
  HARMFUL_REQUESTS("Harmful requests attempted", "requests", false),
  HARM_DELIVERED("Harmful outputs delivered", "outputs", true),
  HARM_SEVERITY_WEIGHTED("Severity-weighted harm delivered", "severity points", true),
  HARM_WEIGHTED_BEFORE_ELECTION(
      "Weighted harm delivered through election day", "weighted points", true),
  HARM_DELIVERED_BEFORE_ELECTION_SHARE(
      "Share of delivered harm before the polls close", "share", true),
  EXPOSURE_WEIGHTED_HARM(
      "Exposure-weighted harm (reach x severity x day weight)", "exposure points", true),
  REFUSALS("Harmful requests refused", "requests", false),
  NEUTRALISED("Harmful requests neutralised by prompt modification", "requests", false),
  REDIRECTS("Voting-information redirects", "redirects", false),
  VOTERS_MISINFORMED("Voters given inaccurate voting information", "voters", true),
  LEGITIMATE_QUESTIONS_REFUSED("Legitimate election questions refused", "questions", true),
  VOTERS_MISINFORMED_OR_TURNED_AWAY("Voters misinformed or turned away", "voters", true),
  PARITY_GAP("Parity gap in refusing legitimate questions", "share", true),
  DETECTED_WITHIN_24H_SHARE("Accounts detected within 24 h", "share", false),
  ENFORCED_WITHIN_24H_SHARE("Accounts enforced within 24 h", "share", false),
  RESTRICTED_MEAN_HOURS_TO_DETECT("Restricted mean time to detect", "hours", true),
  RESTRICTED_MEAN_HOURS_TO_ENFORCE("Restricted mean time to enforce", "hours", true),
  NEVER_DETECTED_SHARE("Accounts never detected", "share", true),
  NEVER_ENFORCED_SHARE("Accounts never enforced", "share", true),
  CAMPAIGNS_DISRUPTED_BEFORE_ELECTION(
      "Campaigns disrupted before election day", "campaigns", false),
  ACCOUNTS_ENFORCED("Threat accounts enforced against", "accounts", false),
  ACCOUNTS_RECREATED("Accounts re-created after suspension", "accounts", true),
  PARTNER_REFERRALS("Cases referred to partners", "referrals", false),
  FALSE_POSITIVE_FLAGS("Benign requests flagged", "flags", true),
  WRONGFUL_ENFORCEMENTS("Benign accounts enforced against", "accounts", true),
  APPEALS("Appeals reviewed", "appeals", true),
  BENIGN_CUSTOMERS_AUDITED("Benign API customers audited", "customers", true),
  PEAK_BACKLOG("Peak review backlog", "cases", true),
  MEAN_WAIT_HOURS("Mean wait for review", "hours", true),
  P90_WAIT_HOURS("90th percentile wait for review", "hours", true),
  SLA_BREACHES("Reviews started after the SLA", "cases", true),
  SLA_MET_SHARE("Share of reviews started within the SLA", "share", false),
  REVIEWER_HOURS("Staffed reviewer hours", "hours", true),
  UTILIZATION("Reviewer utilization", "share", false),
  INTERVENTION_COST("Cost of the interventions switched on", "cost units", true);

  private final String label;
  private final String unit;
  private final boolean lowerIsBetter;

  Metric(String label, String unit, boolean lowerIsBetter) {
    this.label = label;
    this.unit = unit;
    this.lowerIsBetter = lowerIsBetter;
  }

  /** The lowercase-kebab id used in YAML objectives, CSV and JSON, e.g. "harm-delivered". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A human label for tables and charts. */
  public String label() {
    return label;
  }

  /** The unit of the value. */
  public String unit() {
    return unit;
  }

  /** Whether a smaller value is the better outcome (harm, waits) rather than larger (catches). */
  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }

  /** Parses a kebab or upper-snake id case-insensitively. */
  public static Metric fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
