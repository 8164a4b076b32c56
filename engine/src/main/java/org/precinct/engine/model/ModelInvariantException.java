package org.precinct.engine.model;

/**
 * Thrown when a replication ends with a broken model invariant (a harmful request unaccounted for,
 * a negative queue, an enforcement without detection, time running backwards): a bug in the model,
 * never a user mistake, which the CLI reports with exit code 3.
 */
public final class ModelInvariantException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the invariant and the numbers that broke it. */
  public ModelInvariantException(String message) {
    super(message);
  }
}
