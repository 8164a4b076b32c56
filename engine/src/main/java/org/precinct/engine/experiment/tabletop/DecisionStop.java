package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;

/**
 * The exercise paused at a decision point: the injects made since the last stop, the situation so
 * far, and (for the controller only, until the team has chosen) every option's forked outcome.
 *
 * @param index the decision's position in exercise order, from 0
 * @param injectsSince the injects made after the previous stop and up to this decision's time
 * @param comparison the options' outcomes: controller material, never shown to players before the
 *     choice
 */
public record DecisionStop(
    int index,
    DecisionPointSpec decision,
    ImmutableList<InjectSpec> injectsSince,
    Situation situation,
    DecisionComparison comparison) {}
