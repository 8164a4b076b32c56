package org.precinct.cli.failure;

/** Recognises, anywhere in a cause chain, the engine's report of a broken model invariant. */
final class ModelFailures {
  private ModelFailures() {}

  static boolean isInvariantBroken(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getSimpleName().equals("ModelInvariantException")) {
        return true;
      }
    }
    return false;
  }
}
