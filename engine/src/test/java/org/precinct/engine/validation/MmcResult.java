package org.precinct.engine.validation;

/**
 * What one {@link MmcQueue} replication measured after its warm-up.
 *
 * @param meanWaitHours mean wait in queue of customers arriving after the warm-up
 * @param utilization time-average share of busy servers
 * @param meanQueueLength time-average number waiting
 * @param arrivalRatePerHour observed arrivals per hour after the warm-up
 * @param served customers whose wait was counted
 * @param events events the kernel processed
 */
public record MmcResult(
    double meanWaitHours,
    double utilization,
    double meanQueueLength,
    double arrivalRatePerHour,
    long served,
    long events) {}
