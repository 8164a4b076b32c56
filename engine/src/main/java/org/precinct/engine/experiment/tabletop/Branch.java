package org.precinct.engine.experiment.tabletop;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.ScheduledChange;

/**
 * One line of play to run in every replication: the decision changes made along it, in time order.
 *
 * @param id the option id it stands for, or a name such as "baseline"
 */
public record Branch(String id, ImmutableList<ScheduledChange> path) {
  public Branch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
  }
}
