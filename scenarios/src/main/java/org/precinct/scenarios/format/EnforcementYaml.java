package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Enforcement after review: warnings, account suspension and network takedown. */
public record EnforcementYaml(
    @JsonPropertyDescription(
            "Confirmed cases of campaigns below this severity get a warning first (a second"
                + " confirmed case suspends), 0..6; 1 or less means always suspend. Default: 1.")
        Double warnBelowSeverity,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Time from a confirmed case to the suspension (a duration distribution).")
        DistributionYaml suspensionDelay,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Time from a confirmed network case to the takedown of its accounts (a duration"
                + " distribution).")
        DistributionYaml takedownDelay,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Id of the queue that reviews account cases.")
        String reviewQueue,
    @JsonPropertyDescription(
            "Id of the queue that reviews network cases. Default: the review-queue.")
        String networkQueue) {}
