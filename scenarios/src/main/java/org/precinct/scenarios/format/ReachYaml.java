package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How a harmful output's exposure accrues after delivery, and whether enforcement removes it. */
public record ReachYaml(
    @JsonPropertyDescription(
            "Time after delivery by which half an output's exposure has accrued (exponential"
                + " decay), such as '30h'. Give this or share-within.")
        DurationValue halfLife,
    @JsonPropertyDescription(
            "The share of an output's exposure that accrues within a duration, such as {share:"
                + " 0.9, within: 30h}. Give this or half-life.")
        ShareWithinYaml shareWithin,
    @JsonPropertyDescription(
            "Whether enforcing an account (suspension, partner action, network takedown) removes"
                + " its delivered outputs, cutting the exposure still to come. Default: false.")
        Boolean contentRemoved) {

  /** A decay curve stated as "this share of the exposure within this long". */
  public record ShareWithinYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Share of the exposure, a fraction strictly between 0 and 1.")
          Double share,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The duration after delivery it accrues within, such as '30h'.")
          DurationValue within) {}
}
