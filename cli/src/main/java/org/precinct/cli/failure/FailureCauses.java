package org.precinct.cli.failure;

import org.precinct.engine.model.ModelInvariantException;

/**
 * Finds, anywhere in a cause chain, the engine's report of a broken model invariant or the trace of
 * an interruption (Ctrl-C), so each is reported with its own exit code.
 */
final class FailureCauses {
  private FailureCauses() {}

  /** The invariant failure behind {@code ex}, or null when there is none. */
  static ModelInvariantException invariantBroken(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ModelInvariantException broken) {
        return broken;
      }
    }
    return null;
  }

  /** Whether {@code ex} comes from interrupting the run (directly or through interrupted I/O). */
  static boolean interrupted(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RunInterruptedException
          || t instanceof InterruptedException
          || t instanceof java.nio.channels.ClosedByInterruptException
          || t instanceof java.util.concurrent.CancellationException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ex} is, or was caused by, running out of Java heap. */
  static boolean outOfMemory(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
