package org.precinct.engine.experiment.optimise;

/**
 * How a {@link KimNelson} selection ended, by index into its candidates.
 *
 * @param best the candidate selected
 * @param runnerUp the candidate that stayed in contention longest after it (-1 when alone)
 * @param replications the replications each candidate had when it left contention or the end came
 * @param guaranteed whether the procedure ended by its own rule (so the probability of correct
 *     selection holds), rather than by the budget running out
 * @param stage the replication count at which it ended
 * @param h2 the procedure's constant h² (0 for a single candidate)
 */
record SelectionOutcome(
    int best, int runnerUp, int[] replications, boolean guaranteed, int stage, double h2) {}
