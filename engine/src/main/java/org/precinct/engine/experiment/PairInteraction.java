package org.precinct.engine.experiment;

/**
 * The Shapley interaction index of two interventions (Grabisch and Roubens 1999): how much more
 * (positive) or less (negative) they change the metric together than the sum of their separate
 * changes, averaged over the contexts of the other interventions.
 *
 * @param firstId the first intervention's id
 * @param secondId the second intervention's id
 * @param index the interaction index with its paired confidence interval
 */
public record PairInteraction(String firstId, String secondId, Estimate index) {}
