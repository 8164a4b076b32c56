package org.precinct.cli.play;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;

/** Builds test scenarios that differ from a loaded one only in their injects. */
final class MselImportTestSupport {
  private MselImportTestSupport() {}

  static ScenarioSpec withInjects(ScenarioSpec s, ImmutableList<InjectSpec> injects) {
    return new ScenarioSpec(
        s.metadata(),
        s.timeline(),
        s.channels(),
        s.campaigns(),
        s.benign(),
        s.defenses(),
        s.queues(),
        s.enforcement(),
        s.harmWeighting(),
        injects,
        s.interventions(),
        s.decisionPoints(),
        s.exercise(),
        s.uncertainties(),
        s.run(),
        s.voters(),
        s.reach());
  }
}
