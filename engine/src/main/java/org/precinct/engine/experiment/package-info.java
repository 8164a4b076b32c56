/**
 * Experiments over scenario variants: replications, paired comparisons under common random numbers,
 * Shapley attribution of interventions, parameter sweeps, sensitivity analysis and sequential
 * replication to a target precision.
 *
 * <p>The mathematics here is generic: it works on a {@link
 * org.precinct.engine.experiment.VariantEvaluator}, which returns one metric's value for a
 * (variant, replication) cell. A replication index names one set of random streams, so the same
 * index under two variants is a paired observation (common random numbers) and every confidence
 * interval in this package is computed on per-replication paired quantities.
 */
package org.precinct.engine.experiment;
