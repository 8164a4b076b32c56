package org.precinct.engine.model;

import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The immutable input of one replication as the stages read it: the scenario, its id-to-index
 * lookups, its calendar and its campaigns by index.
 */
record ModelSetup(
    ScenarioSpec spec,
    ScenarioIndex index,
    ModelCalendar calendar,
    CampaignSpec[] campaigns,
    int[] campaignElection,
    int[] streamElection) {

  static ModelSetup of(ScenarioSpec spec) {
    CampaignSpec[] campaigns = spec.campaigns().toArray(new CampaignSpec[0]);
    int[] campaignElection = new int[campaigns.length];
    for (int c = 0; c < campaigns.length; c++) {
      campaignElection[c] =
          spec.timeline().electionIndexOf(campaigns[c].id(), campaigns[c].channelId());
    }
    int[] streamElection = new int[spec.benign().size()];
    for (int b = 0; b < streamElection.length; b++) {
      streamElection[b] = spec.timeline().electionIndexOf("", spec.benign().get(b).channelId());
    }
    return new ModelSetup(
        spec,
        new ScenarioIndex(spec),
        new ModelCalendar(spec.timeline(), spec.harmWeighting()),
        campaigns,
        campaignElection,
        streamElection);
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
