package org.precinct.engine.spec;

import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One election of a scenario that holds several (a year of elections served by one review team):
 * its own election day and zone, milestones, harm weighting, and the campaigns and channels whose
 * traffic belongs to it. A campaign belongs to the election that lists it, else to the election
 * that lists its channel, else to the first election; a benign stream likewise (the election
 * listing it, else its channel's, else the first). Review queues and reviewers are shared across
 * elections unless the scenario routes each election's channels to queues of its own.
 *
 * @param zone the zone of its election day, its E-n days and its daily cycle of activity
 * @param milestones its named dates (also on the timeline's milestones, which charts draw)
 * @param harmWeighting its weight by day relative to its own election day; null: the scenario's
 * @param campaignIds the campaigns that belong to it whatever their channel
 * @param channelIds the channels whose campaigns (unless listed elsewhere) and benign traffic
 *     belong to it
 * @param streamIds the benign streams that belong to it whatever their channel
 * @param reviewQueueId the queue that reviews its accounts' cases; empty: the enforcement's
 */
public record ElectionSpec(
    String id,
    String label,
    LocalDate electionDay,
    ZoneId zone,
    ImmutableList<MilestoneSpec> milestones,
    HarmWeightingSpec harmWeighting,
    ImmutableList<String> campaignIds,
    ImmutableList<String> channelIds,
    ImmutableList<String> streamIds,
    String reviewQueueId) {
  public ElectionSpec {
    reviewQueueId = reviewQueueId == null ? "" : Require.optionalId(reviewQueueId, "reviewQueueId");
    Require.id(id, "election id");
    Require.text(label, "election label");
    Require.nonNull(electionDay, "election day");
    Require.nonNull(zone, "election zone");
    Require.nonNull(milestones, "election milestones");
    Require.nonNull(campaignIds, "election campaignIds");
    Require.nonNull(channelIds, "election channelIds");
    Require.nonNull(streamIds, "election streamIds");
  }

  /** This election with its harm weighting. */
  public ElectionSpec withHarmWeighting(HarmWeightingSpec weighting) {
    return new ElectionSpec(
        id,
        label,
        electionDay,
        zone,
        milestones,
        weighting,
        campaignIds,
        channelIds,
        streamIds,
        reviewQueueId);
  }

  /** The weighting harm of this election is read with, given the scenario's. */
  public HarmWeightingSpec weightingOr(HarmWeightingSpec scenario) {
    return harmWeighting == null ? scenario : harmWeighting;
  }
}
