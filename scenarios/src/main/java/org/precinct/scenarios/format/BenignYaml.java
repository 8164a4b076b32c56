package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A stream of benign election-topic traffic on one channel. */
public record BenignYaml(
    @JsonProperty(required = true) @JsonPropertyDescription("Stream id.") String id,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "voting-info (people asking where and how to vote; they get the redirect) or"
                + " election-topic (other election questions).")
        BenignType kind,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Id of the channel the traffic arrives on.")
        String channel,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Total request rate of the stream, such as '20000/day'.")
        RateValue requests,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Distinct users sending the requests, 1 or more.")
        Integer users,
    @JsonPropertyDescription(
            "Id of the political side (in voters.sides) the stream's users belong to, for parity."
                + " Default: none.")
        String side,
    @JsonPropertyDescription(
            "Id of the election (in timeline.elections) whose voters send the stream: its daily"
                + " cycle follows that election's zone, its cases go to that election's review"
                + " queue and its outcomes count in that election's row. Default: its channel's"
                + " election, else the first.")
        String election,
    @JsonPropertyDescription(
            "When the stream starts sending, such as 'E-30d' (counted from its election's day in its"
                + " zone). Default: the timeline's start.")
        TimePoint from,
    @JsonPropertyDescription(
            "When it stops (exclusive), such as 'E+1d'. Default: the timeline's end.")
        TimePoint to) {}
