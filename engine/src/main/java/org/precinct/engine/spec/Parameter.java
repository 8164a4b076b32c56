package org.precinct.engine.spec;

import java.util.Locale;

/**
 * Every numeric parameter a {@link Change} may set or scale, with what its target names, its valid
 * range and unit; the one place sweeps, sensitivity analysis and injects find their knobs.
 */
public enum Parameter {
  CLASSIFIER_RECALL(TargetKind.CLASSIFIER, 0, 1, "share", "operating point (true-positive rate)"),
  CLASSIFIER_AUC(TargetKind.CLASSIFIER, 0.5, 1, "share", "area under the ROC curve"),
  CLASSIFIER_LATENCY_SCALE(TargetKind.CLASSIFIER, 0, 1000, "factor", "multiplies flag latency"),
  CLASSIFIER_RECALL_DRIFT(
      TargetKind.CLASSIFIER, 0, 1, "share/week", "recall lost per week since the last update"),
  CLASSIFIER_RED_TEAM_EVERY(
      TargetKind.CLASSIFIER, 0, 3650, "days", "days between red-team exercises (0 = none)"),
  QUEUE_ACCURACY(TargetKind.QUEUE, 0, 1, "share", "reviewer accuracy on true violations"),
  QUEUE_BENIGN_CLEAR_RATE(TargetKind.QUEUE, 0, 1, "share", "reviewers clear benign accounts"),
  QUEUE_HANDLE_TIME_SCALE(TargetKind.QUEUE, 0.01, 1000, "factor", "multiplies handle times"),
  QUEUE_STAFF_SCALE(TargetKind.QUEUE, 0, 1000, "factor", "multiplies rostered staff"),
  QUEUE_BACKGROUND_PER_HOUR(TargetKind.QUEUE, 0, 1e6, "cases/hour", "non-election load"),
  QUEUE_ESCALATION_SHARE(TargetKind.QUEUE, 0, 1, "share", "share sent to the specialist tier"),
  QUEUE_APPEAL_SHARE(TargetKind.QUEUE, 0, 1, "share", "share of enforcements appealed"),
  PARTNER_DELAY_SCALE(TargetKind.CHANNEL, 0, 1000, "factor", "multiplies the partner's delay"),
  PARTNER_ACTION_PROBABILITY(TargetKind.CHANNEL, 0, 1, "share", "probability the partner acts"),
  REFUSAL_PROBABILITY(TargetKind.CATEGORY, 0, 1, "share", "model refusal by category"),
  PROMPT_MODIFICATION_HARM_REDUCTION(TargetKind.NONE, 0, 1, "share", "share neutralised"),
  CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY(
      TargetKind.CAMPAIGN, 0, 1e7, "requests/account/day", "campaign intensity"),
  CAMPAIGN_HARMFUL_SHARE(TargetKind.CAMPAIGN, 0, 1, "share", "harmful share of requests"),
  CAMPAIGN_ACCOUNTS(TargetKind.CAMPAIGN, 0, 1e7, "accounts", "initial accounts (raise: add now)"),
  CAMPAIGN_GROWTH_PER_DAY(TargetKind.CAMPAIGN, 0, 1e6, "accounts/day", "new accounts per day"),
  CAMPAIGN_RECREATE_CAP(TargetKind.CAMPAIGN, 0, 1e7, "accounts", "most re-created accounts"),
  COORDINATION_BASE_RECALL(TargetKind.NONE, 0, 1, "share", "network linking recall"),
  COORDINATION_RECALL_PER_ACCOUNT(TargetKind.NONE, 0, 1, "share", "recall per linked account"),
  AUDIT_SAMPLE_SHARE(TargetKind.NONE, 0, 1, "share", "API accounts audited per period"),
  AUDIT_DETECTION_PROBABILITY(TargetKind.NONE, 0, 1, "share", "audit finds an abusive use case"),
  FLAGS_TO_OPEN_CASE(TargetKind.NONE, 1, 64, "flags", "flags within the window to open a case"),
  SUSPENSION_DELAY_SCALE(TargetKind.NONE, 0, 1000, "factor", "multiplies suspension delays"),
  TAKEDOWN_DELAY_SCALE(TargetKind.NONE, 0, 1000, "factor", "multiplies takedown delays"),
  WARN_BELOW_SEVERITY(TargetKind.NONE, 0, 6, "severity", "warning instead of suspension below"),
  BENIGN_REQUESTS_PER_DAY(TargetKind.BENIGN_STREAM, 0, 1e10, "requests/day", "benign volume"),
  REDIRECT_SHARE(TargetKind.NONE, 0, 1, "share", "voting-info requests shown the redirect"),
  REDIRECT_TAKE_UP(TargetKind.NONE, 0, 1, "share", "share of those shown who follow it"),
  ANSWER_INACCURACY_SCALE(TargetKind.NONE, 0, 100, "factor", "multiplies inaccurate answers"),
  OVER_REFUSAL_SCALE(TargetKind.NONE, 0, 100, "factor", "multiplies over-refusal"),
  CAMPAIGN_CLASSIFIER_EVASION(
      TargetKind.CAMPAIGN, 0, 1, "factor", "multiplies recall on the campaign's requests");

  private final TargetKind target;
  private final double min;
  private final double max;
  private final String unit;
  private final String description;

  Parameter(TargetKind target, double min, double max, String unit, String description) {
    this.target = target;
    this.min = min;
    this.max = max;
    this.unit = unit;
    this.description = description;
  }

  /** What a reference's target id names. */
  public TargetKind target() {
    return target;
  }

  /** The smallest valid value. */
  public double min() {
    return min;
  }

  /** The largest valid value. */
  public double max() {
    return max;
  }

  /** The unit of the value, for documentation and reports. */
  public String unit() {
    return unit;
  }

  /** One line saying what the parameter is. */
  public String description() {
    return description;
  }

  /** The lowercase-kebab id used in YAML and the CLI, e.g. "classifier-recall". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a kebab or upper-snake id case-insensitively. */
  public static Parameter fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Clamps a value into the valid range (a scaled parameter never leaves it). */
  public double clamp(double value) {
    return Math.max(min, Math.min(max, value));
  }
}
