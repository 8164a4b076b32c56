package org.precinct.engine.experiment;

/**
 * A result reached by sequential replication (Law 2015, section 9.4.1): the experiment's result at
 * the final replication count, that count, the half-width it achieved, and whether that met the
 * target before the cap.
 *
 * @param <T> the experiment's result type
 * @param result the result at the final count
 * @param replications the final replication count
 * @param halfWidth the achieved half-width of the governing interval
 * @param reached whether the target was met (false: the cap stopped it)
 */
public record Sequential<T>(T result, int replications, double halfWidth, boolean reached) {}
