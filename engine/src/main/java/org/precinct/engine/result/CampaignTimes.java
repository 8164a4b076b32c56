package org.precinct.engine.result;

/**
 * One replication's key times of a campaign, in hours since it started; NaN when not reached.
 *
 * @param startTicks when the campaign started in this replication (-1 if it never started)
 * @param disruptionHours when every account it had was actioned (suspended, taken down, or acted on
 *     by a partner) and none remained to be re-created
 */
public record CampaignTimes(
    String campaignId,
    long startTicks,
    double firstDetectionHours,
    double firstEnforcementHours,
    double disruptionHours,
    boolean disruptedBeforeElection) {}
