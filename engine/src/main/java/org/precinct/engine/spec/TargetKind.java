package org.precinct.engine.spec;

/**
 * What the {@code targetId} of a {@link ParameterRef} names, so the scenarios module can check it
 * against the scenario's ids; an empty target means every element of that kind.
 */
public enum TargetKind {
  NONE,
  CLASSIFIER,
  QUEUE,
  CHANNEL,
  CAMPAIGN,
  CATEGORY,
  BENIGN_STREAM
}
