package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A threat campaign: a network of accounts abusing one channel for one policy category. */
public record CampaignYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Campaign id, referenced by changes such as start-campaign.")
        String id,
    @JsonPropertyDescription("Label shown in reports. Default: the id.") String label,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The usage-policy category the campaign violates.")
        Category category,
    @JsonProperty(required = true) @JsonPropertyDescription("Id of the channel the campaign uses.")
        String channel,
    @JsonProperty(required = true)
        @JsonPropertyDescription("When the campaign starts, inside the timeline.")
        TimePoint from,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "When the campaign stops (exclusive), after 'from', inside the timeline.")
        TimePoint to,
    @JsonPropertyDescription(
            "Whether the campaign runs from the start; false means only a start-campaign change"
                + " starts it. Default: true.")
        Boolean active,
    @JsonProperty(required = true)
        @JsonPropertyDescription("How many accounts the campaign runs and how it replaces them.")
        AccountsYaml accounts,
    @JsonProperty(required = true)
        @JsonPropertyDescription("How many requests each account sends, and how that changes.")
        IntensityYaml intensity,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Share of the campaign's requests that are harmful, a fraction 0..1.")
        Double harmfulShare,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Severity of a harmful output, 1 (minor) to 5 (severe).")
        Double severity,
    @JsonPropertyDescription(
            "Coordination network id; campaigns with the same network are linked by coordination"
                + " detection. Default: the campaign id.")
        String network,
    @JsonPropertyDescription("How the network adapts after an enforcement. Default: it does not.")
        AdaptationYaml adaptation,
    @JsonPropertyDescription(
            "Id of the political side (in voters.sides) the campaign works for, for parity."
                + " Default: none.")
        String side,
    @JsonPropertyDescription(
            "Multiplies every classifier's recall on the campaign's requests, a fraction 0..1:"
                + " an adversary that evades classifiers (what use-case audits exist to catch)."
                + " Default: 1.")
        Double classifierEvasion,
    @JsonPropertyDescription(
            "Audience of one of the campaign's harmful outputs relative to the default (1);"
                + " multiplies the channel's reach-scale. Default: 1.")
        Double reachScale,
    @JsonPropertyDescription(
            "Id of the election (in timeline.elections) the campaign targets: its from and to"
                + " count 'E-n' from that election's day in its zone, its ramp leads to that day and"
                + " its harm is weighted by that election's days. Default: its channel's election,"
                + " else the first.")
        String election) {

  /** The campaign's accounts: how many, how fast they grow and whether they come back. */
  public record AccountsYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Accounts active when the campaign starts, 0 or more.")
          Integer initial,
      @JsonPropertyDescription("New accounts added over time, such as '2/day'. Default: '0/day'.")
          RateValue growth,
      @JsonPropertyDescription(
              "Whether a suspended account is re-created after recreate-delay. Default: false.")
          Boolean recreate,
      @JsonPropertyDescription(
              "Time from a suspension to the replacement account (a duration distribution);"
                  + " required when recreate is true.")
          DistributionYaml recreateDelay,
      @JsonPropertyDescription("Most re-creations per original account, 0 or more. Default: 3.")
          Integer recreateCap) {}

  /** The request rate of each account. */
  public record IntensityYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Requests each account sends, such as '30/day'.")
          RateValue requestsPerAccount,
      @JsonPropertyDescription(
              "Rate multiplier reached on election day, rising linearly from the campaign start;"
                  + " 1 is flat. Default: 1.")
          Double rampToElection,
      @JsonPropertyDescription(
              "Amplitude of the day-night cycle, a fraction 0..1; 0 is flat. Default: 0.")
          Double dailyCycle) {}

  /** How a network reacts when one of its accounts is enforced against. */
  public record AdaptationYaml(
      @JsonPropertyDescription(
              "Classifier recall multiplier for the rest of the network after an enforcement,"
                  + " a fraction 0..1; 1 means no evasion. Default: 1.")
          Double recallPenalty,
      @JsonPropertyDescription("How long the network pauses after an enforcement. Default: '0h'.")
          DurationValue quietFor,
      @JsonPropertyDescription(
              "Id of a channel the network moves to after an enforcement. Default: none.")
          String moveToChannel,
      @JsonPropertyDescription(
              "Whether every enforcement multiplies the network's recall by recall-penalty"
                  + " again (the network keeps learning), down to recall-floor. Default: false.")
          Boolean compounds,
      @JsonPropertyDescription(
              "The lowest recall multiplier compounding reaches, a fraction 0..1. Default: 0.")
          Double recallFloor) {

    /** Adaptation that applies once. */
    public AdaptationYaml(Double recallPenalty, DurationValue quietFor, String moveToChannel) {
      this(recallPenalty, quietFor, moveToChannel, null, null);
    }
  }
}
