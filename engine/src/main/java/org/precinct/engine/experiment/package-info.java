/**
 * Experiments over a model: running replications in parallel with results in replication order, and
 * the comparisons, attributions and sweeps built on top of them.
 */
package org.precinct.engine.experiment;
