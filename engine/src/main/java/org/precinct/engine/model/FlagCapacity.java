package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * The size of each entity's flag ring: the largest "k flags to open a case" any change of the run
 * could set (the maximum, 64, if any change scales it), so a ring never forgets a flag the rule
 * needs.
 */
final class FlagCapacity {
  private static final int MAX = 64;

  private FlagCapacity() {}

  static int of(ScenarioSpec spec, ImmutableList<ScheduledChange> extra) {
    MutableList<Change> all = Lists.mutable.empty();
    spec.injects().forEach(i -> all.addAll(i.changes().castToList()));
    spec.interventions().forEach(i -> all.addAll(i.changes().castToList()));
    spec.decisionPoints()
        .forEach(d -> d.options().forEach(o -> all.addAll(o.changes().castToList())));
    extra.forEach(s -> all.add(s.change()));
    double most = spec.defenses().flagging().flagsToOpenCase();
    for (Change c : all) {
      if (c instanceof Change.ScaleParameter s
          && s.ref().parameter() == Parameter.FLAGS_TO_OPEN_CASE) {
        return MAX;
      }
      if (c instanceof Change.SetParameter s
          && s.ref().parameter() == Parameter.FLAGS_TO_OPEN_CASE) {
        most = Math.max(most, s.value());
      }
    }
    for (var u : spec.uncertainties()) {
      if (u.ref().parameter() == Parameter.FLAGS_TO_OPEN_CASE) {
        most = Math.max(most, u.high());
      }
    }
    return (int) Math.min(MAX, Math.ceil(most));
  }
}
