package org.precinct.engine.result.stats;

/**
 * One step of a Kaplan-Meier curve with its confidence bounds, the row a survival chart or table is
 * drawn from.
 *
 * @param time the event time
 * @param survival the estimated probability of no event by this time
 * @param low the lower confidence bound (log-log)
 * @param high the upper confidence bound (log-log)
 * @param atRisk subjects with time {@code >=} this time
 * @param events events at exactly this time
 */
public record SurvivalPoint(
    double time, double survival, double low, double high, int atRisk, int events) {}
