package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A channel where requests arrive, with the defenses that act on it. */
public record ChannelYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Channel id, referenced by campaigns and benign traffic.")
        String id,
    @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
    @JsonProperty(required = true)
        @JsonPropertyDescription("consumer-app, first-party-api or partner-platform.")
        ChannelType kind,
    @JsonPropertyDescription(
            "Defenses acting on this channel. Default: every defense that exists on its kind"
                + " (prompt-modification only on consumer-app, audit only on first-party-api,"
                + " partner-referral only on partner-platform).")
        List<Defense> defenses,
    @JsonPropertyDescription("The partner that hosts a partner-platform channel; required there.")
        PartnerYaml partner,
    @JsonPropertyDescription(
            "Audience of a harmful output delivered on this channel relative to the default (1)."
                + " Default: 1.")
        Double reachScale,
    @JsonPropertyDescription(
            "Id of the election (in timeline.elections) whose traffic the channel carries: its"
                + " campaigns and benign streams belong to that election unless a campaign names"
                + " another. Default: the first election.")
        String election) {

  /** The cloud partner behind a partner-platform channel, who acts on referrals after a delay. */
  public record PartnerYaml(
      @JsonProperty(required = true) @JsonPropertyDescription("Partner name shown in reports.")
          String name,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Time from a referral to the partner's action (a duration distribution).")
          DistributionYaml actionDelay,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Share of referrals the partner acts on, a fraction 0..1.")
          Double actionProbability) {}
}
