package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DecisionOptionSpec;

/**
 * What one option of a decision point would do, against carrying on without a change: its effect on
 * the headline metrics, the objectives it would meet, and its stated cost.
 *
 * @param cost the option's stated cost from the decision to the end, in the scenario's cost unit
 */
public record OptionEffect(
    DecisionOptionSpec option,
    double cost,
    ImmutableList<MetricEffect> effects,
    ExerciseAssessment objectives,
    BranchResult run) {}
