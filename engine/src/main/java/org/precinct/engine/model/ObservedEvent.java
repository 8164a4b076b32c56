package org.precinct.engine.model;

/**
 * One step of an account's or case's story, with ids that link the steps: a harmful request's
 * outcome, a detection, a case opened and reviewed, an enforcement action.
 *
 * @param accountId "campaign-id/ordinal" for a threat account, "benign-stream-id/user" for a benign
 *     user, "" when the event concerns no account (a network case, background work)
 * @param campaignId the account's campaign, or the network id for network events, or ""
 * @param caseId the review case, or -1
 * @param detail the outcome, detection source, case kind, decision or action, lowercase-kebab
 */
public record ObservedEvent(
    long atTicks,
    ObservedKind kind,
    String accountId,
    String campaignId,
    String channelId,
    int caseId,
    String detail) {}
