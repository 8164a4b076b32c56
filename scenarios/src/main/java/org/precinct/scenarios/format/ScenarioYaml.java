package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A whole scenario file: the top-level keys of one YAML document. */
@JsonPropertyOrder({
  "version",
  "id",
  "title",
  "description",
  "author",
  "marking",
  "assumptions",
  "run",
  "timeline",
  "channels",
  "campaigns",
  "benign",
  "defenses",
  "queues",
  "enforcement",
  "harm-weighting",
  "reach",
  "injects",
  "interventions",
  "decision-points",
  "exercise",
  "uncertainty",
  "voters"
})
public record ScenarioYaml(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Format version of this file. This release reads version 1.")
        Integer version,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Scenario id: lower-case letters, digits and '-', such as 'us-2024-general'. Shown in"
                + " output folders and chart captions.")
        String id,
    @JsonProperty(required = true)
        @JsonPropertyDescription("One-line title shown on reports and chart captions.")
        String title,
    @JsonPropertyDescription("What the scenario explores, in a few sentences. Default: empty.")
        String description,
    @JsonPropertyDescription("Who wrote or owns the scenario. Default: empty.") String author,
    @JsonPropertyDescription(
            "Handling marking printed on every output: a TLP 2.0 label, TLP:CLEAR, TLP:GREEN,"
                + " TLP:AMBER, TLP:AMBER+STRICT or TLP:RED. Default: none.")
        String marking,
    @JsonPropertyDescription(
            "The assumptions behind the numbers, one sentence each. Every number is illustrative"
                + " unless a source is named here.")
        List<String> assumptions,
    @JsonPropertyDescription("Run defaults: seed and replications. Command-line options override.")
        RunYaml run,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Start, election day, end, time zone and milestones.")
        TimelineYaml timeline,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Where requests arrive: consumer app, first-party API, partner platforms.")
        List<ChannelYaml> channels,
    @JsonPropertyDescription("Threat campaigns: who abuses which channel, when and how hard.")
        List<CampaignYaml> campaigns,
    @JsonPropertyDescription(
            "Benign election-topic traffic; it matters through false positives and review load.")
        List<BenignYaml> benign,
    @JsonPropertyDescription("The defenses along a request's path. Omitted defenses are off.")
        DefensesYaml defenses,
    @JsonProperty(required = true)
        @JsonPropertyDescription(
            "Human review queues with their shifts, handle times and accuracy.")
        List<QueueYaml> queues,
    @JsonPropertyDescription(
            "Enforcement actions (warn, suspend, network takedown) and their delays.")
        EnforcementYaml enforcement,
    @JsonPropertyDescription(
            "How much a harmful output weighs by day relative to election day (linear between"
                + " points, flat outside). Default: weight 1 everywhere.")
        List<HarmWeightYaml> harmWeighting,
    @JsonPropertyDescription(
            "How a harmful output's exposure accrues after delivery (a decay curve) and whether"
                + " enforcement removes content. Default: all exposure at delivery.")
        ReachYaml reach,
    @JsonPropertyDescription("Scheduled events: a narrative line for the facilitator and changes.")
        List<InjectYaml> injects,
    @JsonPropertyDescription(
            "Named bundles of changes with a default state and a cost; experiments compare and rank"
                + " them.")
        List<InterventionYaml> interventions,
    @JsonPropertyDescription(
            "Moments where the facilitator pauses and picks one of two to five options.")
        List<DecisionPointYaml> decisionPoints,
    @JsonPropertyDescription("Tabletop structure: modules (phases) and objectives with targets.")
        ExerciseYaml exercise,
    @JsonPropertyDescription(
            "Parameters whose value is uncertain: each is drawn once per replication from a range"
                + " or distribution.")
        List<UncertaintyYaml> uncertainty,
    @JsonPropertyDescription(
            "The voter side: legitimate election questions, how the model's answers fail them"
                + " (staleness, over-refusal) and the political sides parity is measured across."
                + " Default: no voter outcomes.")
        VotersYaml voters) {

  /** Run defaults for the command line. */
  public record RunYaml(
      @JsonPropertyDescription("Master random seed. Default: 1.") Long seed,
      @JsonPropertyDescription("Number of replications. Default: 100.") Integer replications) {}
}
