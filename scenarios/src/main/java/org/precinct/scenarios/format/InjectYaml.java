package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A scheduled event: what the facilitator reads out, what changes, and what to discuss. */
public record InjectYaml(
    @JsonProperty(required = true) @JsonPropertyDescription("Inject id.") String id,
    @JsonProperty(required = true)
        @JsonPropertyDescription("When it happens, inside the timeline, such as 'E-3d 18:00'.")
        TimePoint at,
    @JsonProperty(required = true) @JsonPropertyDescription("Headline the facilitator reads out.")
        String title,
    @JsonPropertyDescription("The situation in a few sentences. Default: empty.") String narrative,
    @JsonPropertyDescription("Changes to the model when the inject fires. Default: none.")
        List<ChangeYaml> changes,
    @JsonPropertyDescription("What a well-prepared team is expected to do. Default: empty.")
        String expectedOutcome,
    @JsonPropertyDescription("Points for the after-action review.") List<String> learningPoints,
    @JsonPropertyDescription("Questions for the room.") List<String> discussionQuestions,
    @JsonPropertyDescription("Id of the exercise module the inject belongs to. Default: none.")
        String module,
    @JsonPropertyDescription(
            "From whom, to whom, how and by which controller the inject is delivered (the HSEEP"
                + " MSEL columns). Default: none.")
        DeliveryYaml delivery) {}
