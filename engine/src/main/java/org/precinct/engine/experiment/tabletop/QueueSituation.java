package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.experiment.Estimate;

/**
 * One review queue at a stop: cases waiting and reviewers on duty in the last full hour, and
 * reviews started after the SLA on the days already over.
 */
public record QueueSituation(
    String queueId, String label, Estimate backlog, Estimate staffed, Estimate slaBreaches) {}
