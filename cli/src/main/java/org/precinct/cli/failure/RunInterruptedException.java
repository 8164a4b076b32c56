package org.precinct.cli.failure;

/** Signals that a run stopped because its thread was interrupted (Ctrl-C), mapped to 130. */
public final class RunInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the interruption that stopped the run. */
  public RunInterruptedException(Throwable cause) {
    super("interrupted", cause);
  }
}
