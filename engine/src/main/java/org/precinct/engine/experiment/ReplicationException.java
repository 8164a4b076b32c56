package org.precinct.engine.experiment;

/**
 * Thrown when a replication fails, carrying its index so that a failure can be reproduced alone;
 * the replication's own exception is the cause.
 */
public final class ReplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int replication;

  /** Wraps the failure of one replication. */
  public ReplicationException(int replication, Throwable cause) {
    super("replication " + replication + " failed: " + cause, cause);
    this.replication = replication;
  }

  /** Returns the index of the replication that failed. */
  public int replication() {
    return replication;
  }
}
