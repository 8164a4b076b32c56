package org.precinct.engine.result;

import org.precinct.engine.spec.PolicyCategory;

/**
 * One replication's key times of a campaign, in hours since it started (NaN when not reached), with
 * the campaign's description so that aggregation needs nothing else.
 *
 * @param startTicks when the campaign started in this replication (-1 if it never started)
 * @param endTicks when it ended or was stopped (-1 if it never started)
 * @param disruptionHours when every account it had was actioned (suspended, taken down, or acted on
 *     by a partner) and none was about to be re-created
 */
public record CampaignTimes(
    String campaignId,
    String label,
    PolicyCategory category,
    String channelId,
    long startTicks,
    long endTicks,
    double firstDetectionHours,
    double firstEnforcementHours,
    double disruptionHours,
    boolean disruptedBeforeElection) {}
