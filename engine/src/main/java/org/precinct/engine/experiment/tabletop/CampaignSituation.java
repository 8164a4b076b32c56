package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.spec.PolicyCategory;

/**
 * One campaign as it stands at a stop, across the replications in which it had started: shares of
 * replications in which it was still active, had been detected, enforced against and disrupted.
 *
 * @param startedShare replications in which it had started by now
 */
public record CampaignSituation(
    String campaignId,
    String label,
    PolicyCategory category,
    String channelId,
    double startedShare,
    double activeShare,
    double detectedShare,
    double enforcedShare,
    double disruptedShare) {}
