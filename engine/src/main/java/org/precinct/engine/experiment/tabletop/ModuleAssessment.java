package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.ModuleSpec;

/**
 * The objectives of one exercise module and the share of replications in which all of them were met
 * together (not the product of the shares: the same replications must meet every one).
 */
public record ModuleAssessment(
    ModuleSpec module, ImmutableList<ObjectiveAssessment> objectives, Proportion allMet) {}
