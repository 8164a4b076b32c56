package org.precinct.cli.failure;

/**
 * The exit codes of the precinct command, named so that scripts and tests can rely on them.
 *
 * <p>0 means the command did what it was asked; 2 that the input (arguments, a scenario file, an
 * existing output folder) was wrong and nothing ran; 3 that the model broke one of its own
 * invariants (a bug to report, with the scenario and seed); 4 any other internal error; 130 that
 * the run was interrupted (Ctrl-C), following the shell convention of 128 + SIGINT.
 */
public final class ExitCodes {
  /** The command did what it was asked. */
  public static final int OK = 0;

  /** The arguments or a scenario were invalid; nothing was run or written. */
  public static final int INVALID_INPUT = 2;

  /** A replication ended with a broken model invariant. */
  public static final int MODEL_INVARIANT_BROKEN = 3;

  /** Anything else that went wrong inside precinct. */
  public static final int INTERNAL_ERROR = 4;

  /** The run was interrupted before it finished; no output folder was left behind. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
