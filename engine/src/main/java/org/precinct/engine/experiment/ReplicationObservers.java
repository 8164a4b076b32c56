package org.precinct.engine.experiment;

import org.precinct.engine.model.ModelObserver;

/**
 * Which replications of a run are watched event by event, and by whom: lets the CLI log several
 * replications while they run in parallel, instead of replaying them afterwards. Both methods are
 * called on the worker thread that runs the replication, so an implementation must be thread-safe
 * across replications; watching does not change a replication's outcome.
 */
public interface ReplicationObservers {
  /** Watches no replication. */
  ReplicationObservers NONE = replication -> null;

  /** The observer of {@code replication}, or null to run it unwatched. */
  ModelObserver open(int replication);

  /** Called once {@code replication}, watched by {@code observer}, has ended or failed. */
  default void close(int replication, ModelObserver observer) {}
}
