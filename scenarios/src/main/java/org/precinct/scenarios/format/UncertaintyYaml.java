package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * An uncertain parameter: drawn once per replication, so results carry the uncertainty of the
 * assumptions as well as of the randomness.
 */
public record UncertaintyYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Parameter path, such as 'classifiers.misinfo.recall'.")
        String parameter,
    @JsonPropertyDescription(
            "Shorthand for a uniform draw: [low, high]. Give this or 'distribution'.")
        List<Double> between,
    @JsonPropertyDescription("The distribution to draw from. Give this or 'between'.")
        DistributionYaml distribution,
    @JsonPropertyDescription(
            "[low, high] used by sensitivity analysis. Default: the distribution's min and max"
                + " (uniform, triangular, empirical); required for other distributions.")
        List<Double> range) {}
