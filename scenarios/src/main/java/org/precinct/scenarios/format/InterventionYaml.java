package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A named intervention: a bundle of changes over the baseline, on or off by default. */
public record InterventionYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Intervention id, used on the command line to switch it.")
        String id,
    @JsonPropertyDescription("Label shown in rankings and reports. Default: the id.") String label,
    @JsonPropertyDescription("What the intervention does and why. Default: empty.")
        String description,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Whether the intervention is on in the baseline run: true or false. Experiments"
                + " switch it either way.")
        Boolean defaultOn,
    @JsonPropertyDescription(
            "Stated cost per day while on, in the scenario's cost unit. Default: 0.")
        Double costPerDay,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The changes applied when the intervention is on.")
        List<ChangeYaml> changes) {}
