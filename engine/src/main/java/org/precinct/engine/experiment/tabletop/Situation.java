package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.ScenarioResult;

/**
 * What the team may know at a stop of the exercise, built only from what had happened by then in
 * every replication: harm delivered, campaigns active and caught, the review queues, objective
 * status, and a cut result to chart.
 *
 * @param harmDelivered harmful outputs delivered so far (whole hours)
 * @param weightedHarm weighted harm delivered so far through election day (whole days)
 * @param campaignsActive campaigns started and not ended or disrupted
 * @param campaignsDetected campaigns with at least one account detected
 * @param campaignsEnforced campaigns with at least one account enforced against
 * @param soFar the run cut at this moment, for the charts; its future bins are absent, its markers
 *     are only the injects already made, and it has no metric summaries
 */
public record Situation(
    long atTicks,
    int replications,
    Estimate harmDelivered,
    Estimate weightedHarm,
    Estimate campaignsActive,
    Estimate campaignsDetected,
    Estimate campaignsEnforced,
    ImmutableList<CampaignSituation> campaigns,
    ImmutableList<QueueSituation> queues,
    ImmutableList<ObjectiveProgress> objectives,
    ScenarioResult soFar) {}
