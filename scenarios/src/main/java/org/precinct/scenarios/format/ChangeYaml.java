package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One typed edit of the running model, written as a mapping with exactly one key that names the
 * kind of change: set, scale, enable, disable, add-staff, start-campaign or stop-campaign.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeYaml(
    @JsonPropertyDescription("Set a parameter to a value.") SetYaml set,
    @JsonPropertyDescription("Multiply a parameter by a factor.") ScaleYaml scale,
    @JsonPropertyDescription("Switch a defense on.") ToggleYaml enable,
    @JsonPropertyDescription("Switch a defense off.") ToggleYaml disable,
    @JsonPropertyDescription("Add reviewers to a queue for a window; negative staff is an outage.")
        AddStaffYaml addStaff,
    @JsonPropertyDescription("Id of a campaign to start now.") String startCampaign,
    @JsonPropertyDescription("Id of a campaign to stop now.") String stopCampaign) {

  /** A change with only {@code set}. */
  public static ChangeYaml of(SetYaml set) {
    return new ChangeYaml(set, null, null, null, null, null, null);
  }

  /** A change with only {@code scale}. */
  public static ChangeYaml of(ScaleYaml scale) {
    return new ChangeYaml(null, scale, null, null, null, null, null);
  }

  /** A change with only {@code enable} or only {@code disable}. */
  public static ChangeYaml toggle(ToggleYaml toggle, boolean enable) {
    return enable
        ? new ChangeYaml(null, null, toggle, null, null, null, null)
        : new ChangeYaml(null, null, null, toggle, null, null, null);
  }

  /** A change with only {@code add-staff}. */
  public static ChangeYaml of(AddStaffYaml addStaff) {
    return new ChangeYaml(null, null, null, null, addStaff, null, null);
  }

  /** A change that starts ({@code start}) or stops a campaign. */
  public static ChangeYaml campaign(String campaignId, boolean start) {
    return start
        ? new ChangeYaml(null, null, null, null, null, campaignId, null)
        : new ChangeYaml(null, null, null, null, null, null, campaignId);
  }

  /** Sets a parameter. */
  public record SetYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Parameter path, such as 'classifiers.misinfo.recall'.")
          String parameter,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The new value, in the parameter's unit (a duration for times).")
          Amount value) {}

  /** Scales a parameter by a factor. */
  public record ScaleYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Parameter path, such as 'queues.tier1.handle-time'.")
          String parameter,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Factor, 0 or more; 1.2 means 20% more.")
          Double factor) {}

  /** Switches a defense on or off, everywhere or for one target. */
  public record ToggleYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("The defense, such as 'classifier' or 'prompt-modification'.")
          Defense defense,
      @JsonPropertyDescription(
              "Classifier id (for classifier) or channel id (for the others). Default: everywhere.")
          String target) {}

  /** Adds (or, negative, removes) reviewers for a window. */
  public record AddStaffYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Queue id.") String queue,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Start of the window, inside the timeline.")
          TimePoint from,
      @JsonProperty(required = true)
          @JsonPropertyDescription("End of the window (exclusive), after 'from'.")
          TimePoint to,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Reviewers added at every moment of the window; negative removes.")
          Integer staff) {}
}
