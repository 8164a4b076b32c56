package org.precinct.engine.spec;

/** The seed and replication count a scenario runs with unless the user says otherwise. */
public record RunDefaultsSpec(long seed, int replications) {
  public RunDefaultsSpec {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, got " + replications);
    }
  }
}
