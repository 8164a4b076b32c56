package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.spec.UncertainParameterSpec;

/**
 * Which of a scenario's assumptions move the chosen metric most: tornado bars (Howard 1988) and
 * first-order variance shares (Sobol 1993), with the metadata a chart caption needs.
 *
 * @param metadata the scenario, seed, replications and version of the runs
 * @param metric the metric analysed
 * @param parameters the scenario's uncertain parameters, in scenario order
 * @param result the tornado and the variance shares
 * @param precision replications per one-at-a-time variant and the widest swing half-width
 * @param runs the simulation runs made
 */
public record SensitivitySummary(
    RunMetadata metadata,
    Metric metric,
    ImmutableList<UncertainParameterSpec> parameters,
    SensitivityResult result,
    Precision precision,
    int runs) {}
