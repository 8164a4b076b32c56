package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A moment where the run pauses and the facilitator picks one of two to five options: at a time, or
 * when a condition on the live state holds.
 */
public record DecisionPointYaml(
    @JsonProperty(required = true) @JsonPropertyDescription("Decision point id.") String id,
    @JsonPropertyDescription(
            "When the run pauses, inside the timeline; with 'when', the earliest time it may."
                + " Required unless 'when' is given.")
        TimePoint at,
    @JsonProperty(required = true) @JsonPropertyDescription("The question put to the room.")
        String question,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Two to five options; the first is the default when replaying.")
        List<OptionYaml> options,
    @JsonPropertyDescription(
            "Bring the decision on the live state instead of at a fixed time: the session pauses"
                + " at the first hour boundary where every condition holds in the story replication"
                + " (replication 0), and each replication applies the chosen option where the"
                + " conditions first hold in it. Default: none (pauses at 'at').")
        WhenYaml when) {

  /** A decision point at a fixed time. */
  public DecisionPointYaml(String id, TimePoint at, String question, List<OptionYaml> options) {
    this(id, at, question, options, null);
  }

  /** One option of a decision point: a bundle of changes with a cost. */
  public record OptionYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Option id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("Short label.") String label,
      @JsonPropertyDescription("What choosing it means. Default: empty.") String description,
      @JsonPropertyDescription("Stated cost per day once chosen. Default: 0.") Double costPerDay,
      @JsonPropertyDescription("Changes applied when chosen. Default: none (carry on).")
          List<ChangeYaml> changes) {}
}
