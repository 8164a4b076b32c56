package org.precinct.engine.spec;

/**
 * Benign election traffic: voting-information seekers get a redirect; the rest are other topics.
 */
public enum BenignKind {
  VOTING_INFO,
  ELECTION_TOPIC
}
