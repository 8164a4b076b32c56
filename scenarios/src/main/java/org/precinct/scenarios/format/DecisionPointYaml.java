package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A moment where the run pauses and the facilitator picks one of two to five options. */
public record DecisionPointYaml(
    @JsonProperty(required = true) @JsonPropertyDescription("Decision point id.") String id,
    @JsonProperty(required = true)
        @JsonPropertyDescription("When the run pauses, inside the timeline.")
        TimePoint at,
    @JsonProperty(required = true) @JsonPropertyDescription("The question put to the room.")
        String question,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Two to five options; the first is the default when replaying.")
        List<OptionYaml> options) {

  /** One option of a decision point: a bundle of changes with a cost. */
  public record OptionYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Option id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("Short label.") String label,
      @JsonPropertyDescription("What choosing it means. Default: empty.") String description,
      @JsonPropertyDescription("Stated cost per day once chosen. Default: 0.") Double costPerDay,
      @JsonPropertyDescription("Changes applied when chosen. Default: none (carry on).")
          List<ChangeYaml> changes) {}
}
