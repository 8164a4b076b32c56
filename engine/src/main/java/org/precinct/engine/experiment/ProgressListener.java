package org.precinct.engine.experiment;

/**
 * Observes how many replications of a run have finished, so that the CLI can draw progress while
 * the engine itself prints nothing.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called on the thread that started the run each time one more replication has finished.
   *
   * @param done how many replications have finished so far, 1 to {@code total}
   * @param total how many replications the run has
   */
  void replicationDone(int done, int total);
}
