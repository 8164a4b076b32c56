package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A condition on the live state of a run, checked at every simulated hour boundary: one or more of
 * the keys below, all of which must hold.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhenYaml(
    @JsonPropertyDescription("More than a number of cases wait in a review queue.")
        BacklogYaml backlog,
    @JsonPropertyDescription(
            "At least a share of the accounts a campaign has created so far has been enforced.")
        EnforcedShareYaml enforcedShare,
    @JsonPropertyDescription("At least a number of coordinated networks have been taken down.")
        AtLeastYaml takedowns,
    @JsonPropertyDescription(
            "Severity-weighted harm delivered so far (from the end of the warm-up) is at least"
                + " a value.")
        AtLeastYaml harm,
    @JsonPropertyDescription("At least a duration has passed since a milestone of the timeline.")
        AfterMilestoneYaml afterMilestone) {

  /** The backlog of one queue above a count. */
  public record BacklogYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Queue id.") String queue,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Holds when more than this many cases wait (0 or more).")
          Integer above) {}

  /** A campaign's enforced share at or above a fraction. */
  public record EnforcedShareYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Campaign id.") String campaign,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Holds when enforced accounts / accounts created so far is at least this (0 to 1).")
          Double atLeast) {}

  /** A count or total at or above a value. */
  public record AtLeastYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Holds when the count or total is at least this (0 or more).")
          Double atLeast) {}

  /** Time since a milestone. */
  public record AfterMilestoneYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Milestone id.") String milestone,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Holds from this long after the milestone, such as '2d'.")
          DurationValue by) {}
}
