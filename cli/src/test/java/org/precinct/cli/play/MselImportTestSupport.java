package org.precinct.cli.play;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;

/** Builds test scenarios that differ from a loaded one only in their injects. */
final class MselImportTestSupport {
  private MselImportTestSupport() {}

  static ScenarioSpec withInjects(ScenarioSpec s, ImmutableList<InjectSpec> injects) {
    return s.withEvents(injects, s.decisionPoints());
  }
}
