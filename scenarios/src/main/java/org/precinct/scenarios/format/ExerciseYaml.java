package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The tabletop structure: phases of the exercise and objectives with measurable targets. */
public record ExerciseYaml(
    @JsonPropertyDescription("Phases of the exercise, such as E-60d..E-30d.")
        List<ModuleYaml> modules,
    @JsonPropertyDescription("Objectives, each a metric with a target.")
        List<ObjectiveYaml> objectives) {

  /** A phase of the exercise. */
  public record ModuleYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Module id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("Label.") String label,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Start of the phase, inside the timeline.")
          TimePoint from,
      @JsonProperty(required = true)
          @JsonPropertyDescription("End of the phase (exclusive), after 'from'.")
          TimePoint to) {}

  /** An objective: a measured metric compared with a target. */
  public record ObjectiveYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Objective id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("What the team aims for.")
          String label,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Metric id as listed by 'precinct metrics', such as 'enforced-within-24h-share'.")
          String metric,
      @JsonProperty(required = true) @JsonPropertyDescription("'at-least' or 'at-most'.")
          Comparison comparison,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Target value, in the metric's unit (shares are fractions 0..1).")
          Double target,
      @JsonPropertyDescription(
              "Id of the module the objective belongs to. Default: whole exercise.")
          String module) {}
}
