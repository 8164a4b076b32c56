/**
 * What a run measured: one replication's numbers ({@link
 * org.precinct.engine.result.ReplicationOutcome}) and their aggregate across replications ({@link
 * org.precinct.engine.result.ScenarioResult}), which carries its own {@link
 * org.precinct.engine.result.RunMetadata} so that charts and reports read results only, never a
 * live model.
 *
 * <p>Aggregation streams: each outcome is folded in replication order and dropped, so a result is
 * bit-identical for any thread count and heap does not grow with the number of replications.
 */
package org.precinct.engine.result;
