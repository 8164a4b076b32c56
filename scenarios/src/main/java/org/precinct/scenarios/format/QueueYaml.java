package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A human review queue: who staffs it when, how long a case takes and how well it is judged. */
public record QueueYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Queue id, referenced by enforcement, escalation and add-staff.")
        String id,
    @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Staffed shifts; outside every shift nobody works the queue.")
        List<ShiftYaml> shifts,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Time one reviewer spends on a case (a duration distribution).")
        DistributionYaml handleTime,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Probability that a reviewer confirms a truly harmful case, a fraction 0..1.")
        Double accuracy,
    @JsonPropertyDescription(
            "Probability that a reviewer clears a benign (false-positive) case, a fraction 0..1."
                + " Default: 0.98.")
        Double benignClearRate,
    @JsonPropertyDescription(
            "Share of cases escalated to escalate-to, a fraction 0..1. Default: 0.")
        Double escalationShare,
    @JsonPropertyDescription("Id of the queue that takes escalated cases. Default: none.")
        String escalateTo,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Target time from case opened to decision, such as '24h'.")
        DurationValue sla,
    @JsonPropertyDescription("Other work arriving at the queue, such as '5/h'. Default: '0/h'.")
        RateValue background,
    @JsonPropertyDescription("Cases waiting when the scenario starts, 0 or more. Default: 0.")
        Integer initialBacklog,
    @JsonPropertyDescription("Whether severer cases are reviewed first. Default: true.")
        Boolean priorityBySeverity,
    @JsonPropertyDescription(
            "Share of enforcements appealed back into this queue, a fraction 0..1. Default: 0.")
        Double appealShare,
    @JsonPropertyDescription(
            "Time to handle an appeal (a duration distribution); required when appeal-share > 0.")
        DistributionYaml appealHandleTime) {

  /** A recurring staffed shift. */
  public record ShiftYaml(
      @JsonPropertyDescription("Days the shift starts on, 'mon' to 'sun'. Default: every day.")
          List<Weekday> days,
      @JsonProperty(required = true) @JsonPropertyDescription("Start time, 'HH:MM'.")
          ClockTime from,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "End time, 'HH:MM'; earlier than 'from' means the shift ends the next day.")
          ClockTime to,
      @JsonProperty(required = true) @JsonPropertyDescription("Reviewers on shift, 0 or more.")
          Integer staff) {}
}
