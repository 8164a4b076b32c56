package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The automated defenses, in the order a request meets them; an omitted defense is off. */
public record DefensesYaml(
    @JsonPropertyDescription("The model declines harmful requests, by category.")
        RefusalYaml refusal,
    @JsonPropertyDescription(
            "System-prompt changes that blunt harmful outputs on the consumer app.")
        PromptModificationYaml promptModification,
    @JsonPropertyDescription("Automated classifiers that flag requests for review.")
        List<ClassifierYaml> classifiers,
    @JsonPropertyDescription(
            "When flags on one account open a review case. Default: one flag opens a case.")
        FlaggingYaml flagging,
    @JsonPropertyDescription("Periodic batch that links accounts of one network.")
        CoordinationYaml coordination,
    @JsonPropertyDescription("Periodic use-case audits of first-party API customers.")
        AuditYaml audit,
    @JsonPropertyDescription(
            "The pop-up offering voting-information seekers an authoritative source.")
        RedirectYaml redirect) {

  /** Model refusal of harmful requests. */
  public record RefusalYaml(
      @JsonPropertyDescription("Whether refusal is on. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Probability that a harmful request is refused, by category.")
          CategoryShares probability) {}

  /** A fraction 0..1 per policy category; an omitted category gets 0. */
  public record CategoryShares(
      @JsonPropertyDescription("Fraction 0..1 for campaigning-lobbying. Default: 0.")
          Double campaigningLobbying,
      @JsonPropertyDescription("Fraction 0..1 for election-misinformation. Default: 0.")
          Double electionMisinformation,
      @JsonPropertyDescription("Fraction 0..1 for election-interference. Default: 0.")
          Double electionInterference,
      @JsonPropertyDescription("Fraction 0..1 for voter-profiling. Default: 0.")
          Double voterProfiling,
      @JsonPropertyDescription("Fraction 0..1 for solicitation. Default: 0.") Double solicitation,
      @JsonPropertyDescription("Fraction 0..1 for synthetic-media. Default: 0.")
          Double syntheticMedia) {}

  /** Prompt modifications on the consumer app. */
  public record PromptModificationYaml(
      @JsonPropertyDescription("Whether prompt modification is on. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Share of otherwise-delivered harmful outputs it neutralises, a fraction 0..1.")
          Double harmReduction) {}

  /** An automated classifier at one ROC operating point. */
  public record ClassifierYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Classifier id, the target of parameter paths and enable/disable.")
          String id,
      @JsonPropertyDescription("Whether the classifier runs. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Policy categories the classifier looks for.")
          List<Category> categories,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Area under the ROC curve, 0.5..1; with recall it fixes the false-positive rate.")
          Double auc,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Recall at the operating point, a fraction 0..1.")
          Double recall,
      @JsonPropertyDescription(
              "Time from request to flag (a duration distribution). Default: constant '0h'.")
          DistributionYaml latency,
      @JsonPropertyDescription(
              "Share of its recall lost per week since its last update, compounding (adversaries"
                  + " find its blind spots), a fraction 0..1. Default: 0 (no drift).")
          Double recallDrift,
      @JsonPropertyDescription(
              "A red-team cadence whose findings update the classifier, restoring its recall."
                  + " Default: none.")
          RedTeamYaml redTeam) {

    /** A classifier without drift or red team. */
    public ClassifierYaml(
        String id,
        Boolean enabled,
        List<Category> categories,
        Double auc,
        Double recall,
        DistributionYaml latency) {
      this(id, enabled, categories, auc, recall, latency, null, null);
    }
  }

  /** Red-team (pre-deployment testing) exercises on a classifier. */
  public record RedTeamYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Time between exercises, from the start, such as '14d'; '0d' for none.")
          DurationValue every,
      @JsonPropertyDescription(
              "From an exercise's start to its findings in production, such as '3d'. Default:"
                  + " '0h'.")
          DurationValue leadTime,
      @JsonPropertyDescription(
              "Cost of one exercise, added to the run's intervention cost. Default: 0.")
          Double cost) {}

  /** The rule that turns flags into review cases. */
  public record FlaggingYaml(
      @JsonProperty(required = true)
          @JsonPropertyDescription("Flags on one account that open a case, 1 or more.")
          Integer flagsToOpenCase,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Window the flags must fall in, such as '7d'.")
          DurationValue window) {}

  /** Coordinated-behavior detection. */
  public record CoordinationYaml(
      @JsonPropertyDescription("Whether the batch runs. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription("How often the batch runs, such as '1d'.")
          DurationValue every,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Probability a run links a network at all, a fraction 0..1.")
          Double baseRecall,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Added probability per already-flagged account of the network, a fraction 0..1.")
          Double recallPerLinkedAccount) {}

  /** Use-case audits on the first-party API. */
  public record AuditYaml(
      @JsonPropertyDescription("Whether audits run. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription("How often an audit round runs, such as '7d'.")
          DurationValue every,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Share of active API accounts sampled per round, a fraction 0..1.")
          Double sampleShare,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Probability that auditing an abusive account detects it, a fraction 0..1.")
          Double detectionProbability,
      @JsonPropertyDescription(
              "Legitimate API customers the audit samples too (the same share per round), each a"
                  + " customer friction and a review case: the stated cost of auditing. Default:"
                  + " 0.")
          Integer benignCustomers) {}

  /** The redirect to an authoritative voting-information source. */
  public record RedirectYaml(
      @JsonPropertyDescription("Whether the redirect is offered. Default: true.") Boolean enabled,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Share of voting-information requests shown the redirect, a fraction 0..1.")
          Double share,
      @JsonPropertyDescription(
              "Share of those shown who follow it to the authoritative source (and so get no"
                  + " possibly stale answer from the model), a fraction 0..1. Default: 1.")
          Double takeUp) {}
}
