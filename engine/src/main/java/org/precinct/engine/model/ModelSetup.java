package org.precinct.engine.model;

import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The immutable input of one replication as the stages read it: the scenario, its id-to-index
 * lookups, its calendar and its campaigns by index.
 */
record ModelSetup(
    ScenarioSpec spec, ScenarioIndex index, ModelCalendar calendar, CampaignSpec[] campaigns) {

  static ModelSetup of(ScenarioSpec spec) {
    return new ModelSetup(
        spec,
        new ScenarioIndex(spec),
        new ModelCalendar(spec.timeline(), spec.harmWeighting()),
        spec.campaigns().toArray(new CampaignSpec[0]));
  }

  /** The review-queue priority level of a campaign's cases: its severity rounded, 1 to 5. */
  int severityLevel(int campaign) {
    return (int) Math.max(1, Math.min(5, Math.round(campaigns[campaign].severity())));
  }

  /** The benign streams by index. */
  BenignStreamSpec[] benignStreams() {
    return spec.benign().toArray(new BenignStreamSpec[0]);
  }

  /** The queue that reviews accounts' cases. */
  int reviewQueue() {
    return index.queue(spec.enforcement().reviewQueueId());
  }
}
