package org.precinct.engine.spec;

import java.util.Locale;

/**
 * The usage-policy categories of election abuse named in the seed document, so that refusal,
 * classifiers and results are broken down the way a policy team talks about them.
 */
public enum PolicyCategory {
  CAMPAIGNING_LOBBYING("Campaigning & lobbying"),
  ELECTION_MISINFORMATION("Election misinformation"),
  ELECTION_INTERFERENCE("Election interference"),
  VOTER_PROFILING("Voter profiling"),
  SOLICITATION("Vote or donation solicitation"),
  SYNTHETIC_MEDIA("Synthetic media requests");

  private final String label;

  PolicyCategory(String label) {
    this.label = label;
  }

  /** The lowercase-kebab id used in YAML, CSV and series groups, e.g. "voter-profiling". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A human label for charts and reports. */
  public String label() {
    return label;
  }

  /** Parses a kebab or upper-snake id case-insensitively. */
  public static PolicyCategory fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
