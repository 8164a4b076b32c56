package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One point of the harm-weight curve: a harmful output on this day weighs this much. */
public record HarmWeightYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("The day, relative to election day, such as 'E-7d' or 'E+0d'.")
        TimePoint day,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Weight of a harmful output on that day, 0 or more.")
        Double weight) {}
