package org.precinct.scenarios.format;

/** Kinds of benign traffic: voting-information seekers and other election-topic users. */
public enum BenignType {
  VOTING_INFO,
  ELECTION_TOPIC
}
