/**
 * {@code precinct optimise}: a search over intervention mixes, staffing and parameter levels under
 * constraints and a budget of simulation runs, then a ranking-and-selection procedure (Kim and
 * Nelson 2001) that picks the best feasible candidate with a stated probability of correct
 * selection. Every candidate runs on the same replications (common random numbers); the cells are
 * those of {@link org.precinct.engine.experiment.ScenarioCells}, so no run is made twice.
 */
package org.precinct.engine.experiment.optimise;
