package org.precinct.engine.result;

import org.precinct.engine.spec.PolicyCategory;

/**
 * A campaign's fate across replications, for the campaign timeline chart: median hours from its
 * start to its first detection, first enforcement and disruption (every account actioned).
 *
 * @param startTicks when the campaign started (for a campaign started by a change, when it was)
 * @param medianDisruptionHours NaN when the campaign was not disrupted in most replications
 * @param disruptedShare share of replications in which it was disrupted within the window
 */
public record CampaignOutcome(
    String campaignId,
    String label,
    PolicyCategory category,
    String channelId,
    long startTicks,
    long endTicks,
    double medianFirstDetectionHours,
    double medianEnforcementHours,
    double medianDisruptionHours,
    double disruptedShare) {}
