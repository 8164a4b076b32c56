package org.precinct.engine.result;

import org.precinct.engine.spec.PolicyCategory;

/**
 * One replication's count of harmful requests that ended in one outcome, by category and channel.
 */
public record OutcomeTally(
    PolicyCategory category, String channelId, Outcome outcome, long count) {}
