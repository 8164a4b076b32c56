package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A scheduled or state-triggered event: what the facilitator reads out, what changes, and what to
 * discuss.
 */
public record InjectYaml(
    @JsonProperty(required = true) @JsonPropertyDescription("Inject id.") String id,
    @JsonPropertyDescription(
            "When it happens, inside the timeline, such as 'E-3d 18:00'; with 'when', the earliest"
                + " time it may fire. Required unless 'when' is given.")
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
        DeliveryYaml delivery,
    @JsonPropertyDescription(
            "Fire on the live state instead of at a fixed time: conditions checked at every"
                + " simulated hour boundary, all of which must hold. Default: none (fires at 'at').")
        WhenYaml when,
    @JsonPropertyDescription(
            "With 'when': 'once' fires the first time the condition holds; 'every' fires each time"
                + " it holds again after the cooldown. Default: once.")
        Fires fires,
    @JsonPropertyDescription(
            "With 'fires: every': the least time between two firings, such as '1d'. Default: 0"
                + " (every hour the condition holds).")
        DurationValue cooldown) {

  /** A fixed-time inject (no trigger). */
  public InjectYaml(
      String id,
      TimePoint at,
      String title,
      String narrative,
      List<ChangeYaml> changes,
      String expectedOutcome,
      List<String> learningPoints,
      List<String> discussionQuestions,
      String module,
      DeliveryYaml delivery) {
    this(
        id,
        at,
        title,
        narrative,
        changes,
        expectedOutcome,
        learningPoints,
        discussionQuestions,
        module,
        delivery,
        null,
        null,
        null);
  }
}
