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
    int[] streamElection,
    int[] electionQueue) {

  static ModelSetup of(ScenarioSpec spec) {
    CampaignSpec[] campaigns = spec.campaigns().toArray(new CampaignSpec[0]);
    int[] campaignElection = new int[campaigns.length];
    for (int c = 0; c < campaigns.length; c++) {
      campaignElection[c] =
          spec.timeline().electionIndexOf(campaigns[c].id(), campaigns[c].channelId());
    }
    int[] streamElection = new int[spec.benign().size()];
    for (int b = 0; b < streamElection.length; b++) {
      streamElection[b] =
          spec.timeline()
              .streamElectionIndexOf(spec.benign().get(b).id(), spec.benign().get(b).channelId());
    }
    ScenarioIndex index = new ScenarioIndex(spec);
    var elections = spec.timeline().electionList();
    int[] electionQueue = new int[elections.size()];
    for (int e = 0; e < electionQueue.length; e++) {
      String id = elections.get(e).reviewQueueId();
      electionQueue[e] = index.queue(id.isEmpty() ? spec.enforcement().reviewQueueId() : id);
    }
    return new ModelSetup(
        spec,
        index,
        new ModelCalendar(spec.timeline(), spec.harmWeighting()),
        campaigns,
        campaignElection,
        streamElection,
        electionQueue);
  }

  /** The review-queue priority level of a campaign's cases: its severity rounded, 1 to 5. */
  int severityLevel(int campaign) {
    return (int) Math.max(1, Math.min(5, Math.round(campaigns[campaign].severity())));
  }

  /** The benign streams by index. */
  BenignStreamSpec[] benignStreams() {
    return spec.benign().toArray(new BenignStreamSpec[0]);
  }

  /** The queue that reviews the cases of campaign {@code c}'s accounts (its election's). */
  int campaignQueue(int c) {
    return electionQueue[campaignElection[c]];
  }

  /** The queue that reviews the cases of benign stream {@code s}'s users (its election's). */
  int streamQueue(int s) {
    return electionQueue[streamElection[s]];
  }

  /** The queue that reviews accounts' cases (of the first election, and audits). */
  int reviewQueue() {
    return index.queue(spec.enforcement().reviewQueueId());
  }
}
