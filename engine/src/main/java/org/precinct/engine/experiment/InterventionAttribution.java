package org.precinct.engine.experiment;

/**
 * One intervention's share of a metric's change, three ways: its Shapley value (Shapley 1953), the
 * fair share that accounts for interactions; its leave-one-out effect (everything on, then this one
 * off); and its add-one-in effect (everything off, then this one on). All three are changes in the
 * metric's units caused by switching the intervention on, with paired confidence intervals.
 *
 * @param id the intervention's id
 * @param index its position in the attributed list (its bit in subset masks)
 * @param shapley its Shapley value
 * @param leaveOneOut v(all) - v(all without it)
 * @param addOneIn v(only it) - v(none)
 * @param rank how firmly it holds its place in the ranking
 */
public record InterventionAttribution(
    String id,
    int index,
    Estimate shapley,
    Estimate leaveOneOut,
    Estimate addOneIn,
    RankSpread rank) {}
