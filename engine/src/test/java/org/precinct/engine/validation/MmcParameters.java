package org.precinct.engine.validation;

import org.precinct.engine.result.stats.ErlangC;

/**
 * The inputs of an {@link MmcQueue} replication: servers, rates per hour, warm-up and run length.
 *
 * @param servers number of servers c
 * @param arrivalRatePerHour lambda
 * @param serviceRatePerHour mu of one server
 * @param warmUpTicks statistics are deleted before this time
 * @param runTicks the replication ends at this time
 */
public record MmcParameters(
    int servers,
    double arrivalRatePerHour,
    double serviceRatePerHour,
    long warmUpTicks,
    long runTicks) {

  /** Returns the same queue with its service rate multiplied by {@code factor}. */
  public MmcParameters withServiceRateScaled(double factor) {
    return new MmcParameters(
        servers, arrivalRatePerHour, serviceRatePerHour * factor, warmUpTicks, runTicks);
  }

  /** Returns the analytic steady state of this queue. */
  public ErlangC erlangC() {
    return new ErlangC(servers, arrivalRatePerHour, serviceRatePerHour);
  }
}
