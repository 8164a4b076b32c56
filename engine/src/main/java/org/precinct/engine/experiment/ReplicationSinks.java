package org.precinct.engine.experiment;

import java.util.Objects;
import java.util.function.Consumer;
import org.precinct.engine.result.ReplicationOutcome;

/**
 * Where a run's replications go besides the aggregate: progress, each outcome in replication order
 * (per-replication tables, objective tallies) and the observers that watch chosen replications.
 */
public record ReplicationSinks(
    ProgressListener listener,
    Consumer<? super ReplicationOutcome> each,
    ReplicationObservers observers) {
  public ReplicationSinks {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(each, "each");
    Objects.requireNonNull(observers, "observers");
  }
}
