package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The scenario's calendar: when it starts and ends, election day, time zone and milestones. */
public record TimelineYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "IANA time zone that every date and time in the file is read in, such as"
                + " 'America/New_York'.")
        String zone,
    @JsonPropertyDescription(
            "Election day, an ISO date such as '2024-11-05'; required unless 'elections' lists"
                + " several (then it is the first election's day and may be left out).")
        DateValue electionDay,
    @JsonProperty(required = true)
        @JsonPropertyDescription("When the simulation starts, such as 'E-60d' or '2024-09-06'.")
        TimePoint start,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "When the simulation ends (exclusive), such as 'E+21d' for certification.")
        TimePoint end,
    @JsonPropertyDescription("Named dates drawn on charts, such as the registration deadline.")
        List<MilestoneYaml> milestones,
    @JsonPropertyDescription(
            "Warm-up deleted from every statistic (not from the daily charts): whole days from the"
                + " start such as '7d', or 'until E-30d'. Use it when the queues should be read in"
                + " steady state rather than from an empty start; pick the length from the"
                + " daily mean-wait chart of a run without it (Welch's method, docs/model.md).")
        WarmUpValue warmUp,
    @JsonPropertyDescription(
            "Several elections in one scenario (a year of elections served by one review team):"
                + " each with its own election day, zone and milestones. The timeline's zone is"
                + " then the calendar of the daily charts, and moments written 'E-n' outside an"
                + " election's campaigns count from the first election.")
        List<ElectionYaml> elections) {

  /** One election of a scenario that holds several. */
  public record ElectionYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Election id, referenced by campaigns' and channels' 'election'.")
          String id,
      @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Its election day, an ISO date such as '2024-06-01'.")
          DateValue electionDay,
      @JsonPropertyDescription(
              "IANA zone of its election day, E-n days and daily cycle. Default: the timeline's.")
          String zone,
      @JsonPropertyDescription("Its named dates, 'E-n' counted from its own election day.")
          List<MilestoneYaml> milestones,
      @JsonPropertyDescription(
              "Its harm weight by day relative to its own election day. Default: the scenario's"
                  + " harm-weighting, read relative to this election's day.")
          List<HarmWeightYaml> harmWeighting,
      @JsonPropertyDescription(
              "Id of the queue that reviews its accounts' and users' cases (its own team)."
                  + " Default: enforcement.review-queue, shared by every election.")
          String reviewQueue) {}

  /** A named moment drawn on charts. */
  public record MilestoneYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Milestone id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("Label shown on charts.")
          String label,
      @JsonProperty(required = true)
          @JsonPropertyDescription("When it happens, such as 'E-29d'; inside the timeline.")
          TimePoint at) {}
}
