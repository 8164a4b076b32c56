package org.precinct.engine.result;

import org.precinct.engine.spec.PolicyCategory;

/**
 * The mean number of harmful requests per replication that ended in one outcome, by category and
 * channel.
 */
public record OutcomeCount(
    PolicyCategory category, String channelId, Outcome outcome, double meanCount) {}
