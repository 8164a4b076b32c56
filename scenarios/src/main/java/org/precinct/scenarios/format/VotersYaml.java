package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The voter side of a scenario: what legitimate askers ask and how the answers fail them. */
public record VotersYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "The model's knowledge cut-off date, 'YYYY-MM-DD': answers grow staler after it.")
        DateValue knowledgeCutoff,
    @JsonProperty(required = true)
        @JsonPropertyDescription("How often the model's answers to voting questions are wrong.")
        InaccuracyYaml inaccuracy,
    @JsonPropertyDescription(
            "Share of a policy category's refusal probability that also refuses legitimate"
                + " questions resembling it, a fraction 0..1: the voter-side cost of a stricter"
                + " refusal threshold. Default: 0.")
        Double refusalSpillover,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Categories of legitimate election questions, each asked by one kind of benign"
                + " stream.")
        List<QuestionYaml> questions,
    @JsonPropertyDescription(
            "Political sides (parties, candidates) that benign streams and campaigns may belong"
                + " to; refusal, flag and enforcement rates are compared across them. Default:"
                + " none.")
        List<SideYaml> sides) {

  /** The probability of an inaccurate answer, growing with time since the cut-off. */
  public record InaccuracyYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Probability of an inaccurate answer to a general voting question at the cut-off,"
                  + " a fraction 0..1.")
          Double base,
      @JsonPropertyDescription(
              "Added per month since the cut-off (rules, places and dates change), a fraction"
                  + " 0..1. Default: 0.")
          Double perMonth,
      @JsonPropertyDescription(
              "Added for a question that needs jurisdiction-specific detail, a fraction 0..1."
                  + " Default: 0.")
          Double jurisdictionExtra,
      @JsonPropertyDescription("The most the probability reaches, a fraction 0..1. Default: 1.")
          Double max) {}

  /** One category of legitimate question. */
  public record QuestionYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Question category id.") String id,
      @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Which benign streams ask it: voting-info or election-topic.")
          BenignType askedBy,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Share of those streams' requests in this category, 0 or more (normalised over the"
                  + " categories of one kind).")
          Double share,
      @JsonPropertyDescription(
              "Whether a right answer needs local detail (a county's polling hours). Default:"
                  + " false.")
          Boolean jurisdictionSpecific,
      @JsonPropertyDescription(
              "Probability the model refuses this safe question outright, a fraction 0..1."
                  + " Default: 0.")
          Double overRefusal,
      @JsonPropertyDescription(
              "Extra refusal probability where prompt modifications are on, a fraction 0..1."
                  + " Default: 0.")
          Double promptModificationOverRefusal,
      @JsonPropertyDescription(
              "The usage-policy category whose refusal threshold spills over onto this question."
                  + " Default: none.")
          Category resembles) {}

  /** A political side. */
  public record SideYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Side id.") String id,
      @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
      @JsonPropertyDescription(
              "Multiplies the over-refusal of this side's legitimate questions, 0 or more."
                  + " Default: 1.")
          Double overRefusalScale,
      @JsonPropertyDescription(
              "Multiplies the classifiers' false-positive rate on this side's benign requests,"
                  + " 0 or more. Default: 1.")
          Double falsePositiveScale) {}
}
