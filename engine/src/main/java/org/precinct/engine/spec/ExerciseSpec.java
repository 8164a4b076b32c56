package org.precinct.engine.spec;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/** The tabletop structure of a scenario: its phases and the objectives the team is measured on. */
public record ExerciseSpec(
    ImmutableList<ModuleSpec> modules, ImmutableList<ObjectiveSpec> objectives) {
  public ExerciseSpec {
    Require.nonNull(modules, "modules");
    Require.nonNull(objectives, "objectives");
  }

  /** No modules and no objectives. */
  public static ExerciseSpec empty() {
    return new ExerciseSpec(Lists.immutable.empty(), Lists.immutable.empty());
  }
}
