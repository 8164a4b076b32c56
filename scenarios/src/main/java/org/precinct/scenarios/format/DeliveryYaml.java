package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How an inject reaches the players: the From, To, Method and Controller columns of an MSEL. */
public record DeliveryYaml(
    @JsonPropertyDescription(
            "Who the inject comes from, often a simulated party such as 'State election office"
                + " (simulated)'. Default: empty.")
        String from,
    @JsonPropertyDescription("Who receives it, such as 'Trust & safety lead'. Default: empty.")
        String to,
    @JsonPropertyDescription(
            "How it is delivered, such as 'Phone call', 'Email' or 'Read aloud'. Default: empty.")
        String method,
    @JsonPropertyDescription("The controller who delivers it. Default: empty.")
        String controller) {}
