package org.precinct.scenarios.format;

/** The usage-policy categories of election abuse, as written in YAML (kebab-case). */
public enum Category {
  CAMPAIGNING_LOBBYING,
  ELECTION_MISINFORMATION,
  ELECTION_INTERFERENCE,
  VOTER_PROFILING,
  SOLICITATION,
  SYNTHETIC_MEDIA
}
