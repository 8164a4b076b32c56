/**
 * Experiments over a model: running replications in parallel with results in replication order, and
 * the comparisons, attributions, sweeps and sensitivity analyses built on top of them.
 *
 * <p>The experiment mathematics is generic: it works on a {@link
 * org.precinct.engine.experiment.VariantEvaluator}, which returns one metric's value for a
 * (variant, replication) cell. A replication index names one set of random streams, so the same
 * index under two variants is a paired observation (common random numbers) and every confidence
 * interval of a comparison or attribution is computed on per-replication paired quantities.
 */
package org.precinct.engine.experiment;
