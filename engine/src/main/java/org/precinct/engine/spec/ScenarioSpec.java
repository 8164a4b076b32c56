package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A whole scenario, typed and validated: everything one replication needs besides the seed, the
 * switched interventions and any extra changes.
 */
public record ScenarioSpec(
    MetadataSpec metadata,
    TimelineSpec timeline,
    ImmutableList<ChannelSpec> channels,
    ImmutableList<CampaignSpec> campaigns,
    ImmutableList<BenignStreamSpec> benign,
    DefensesSpec defenses,
    ImmutableList<QueueSpec> queues,
    EnforcementSpec enforcement,
    HarmWeightingSpec harmWeighting,
    ImmutableList<InjectSpec> injects,
    ImmutableList<InterventionSpec> interventions,
    ImmutableList<DecisionPointSpec> decisionPoints,
    ExerciseSpec exercise,
    ImmutableList<UncertainParameterSpec> uncertainties,
    RunDefaultsSpec run,
    VoterSpec voters,
    ReachSpec reach) {
  /** A scenario without a voter side. */
  public ScenarioSpec(
      MetadataSpec metadata,
      TimelineSpec timeline,
      ImmutableList<ChannelSpec> channels,
      ImmutableList<CampaignSpec> campaigns,
      ImmutableList<BenignStreamSpec> benign,
      DefensesSpec defenses,
      ImmutableList<QueueSpec> queues,
      EnforcementSpec enforcement,
      HarmWeightingSpec harmWeighting,
      ImmutableList<InjectSpec> injects,
      ImmutableList<InterventionSpec> interventions,
      ImmutableList<DecisionPointSpec> decisionPoints,
      ExerciseSpec exercise,
      ImmutableList<UncertainParameterSpec> uncertainties,
      RunDefaultsSpec run) {
    this(
        metadata,
        timeline,
        channels,
        campaigns,
        benign,
        defenses,
        queues,
        enforcement,
        harmWeighting,
        injects,
        interventions,
        decisionPoints,
        exercise,
        uncertainties,
        run,
        VoterSpec.none(),
        ReachSpec.immediate());
  }

  /** A scenario whose outputs reach their whole audience at once ({@link ReachSpec#immediate}). */
  public ScenarioSpec(
      MetadataSpec metadata,
      TimelineSpec timeline,
      ImmutableList<ChannelSpec> channels,
      ImmutableList<CampaignSpec> campaigns,
      ImmutableList<BenignStreamSpec> benign,
      DefensesSpec defenses,
      ImmutableList<QueueSpec> queues,
      EnforcementSpec enforcement,
      HarmWeightingSpec harmWeighting,
      ImmutableList<InjectSpec> injects,
      ImmutableList<InterventionSpec> interventions,
      ImmutableList<DecisionPointSpec> decisionPoints,
      ExerciseSpec exercise,
      ImmutableList<UncertainParameterSpec> uncertainties,
      RunDefaultsSpec run,
      VoterSpec voters) {
    this(
        metadata,
        timeline,
        channels,
        campaigns,
        benign,
        defenses,
        queues,
        enforcement,
        harmWeighting,
        injects,
        interventions,
        decisionPoints,
        exercise,
        uncertainties,
        run,
        voters,
        ReachSpec.immediate());
  }

  /** The same scenario with other injects and decision points. */
  public ScenarioSpec withEvents(
      ImmutableList<InjectSpec> newInjects, ImmutableList<DecisionPointSpec> newDecisionPoints) {
    return new ScenarioSpec(
        metadata,
        timeline,
        channels,
        campaigns,
        benign,
        defenses,
        queues,
        enforcement,
        harmWeighting,
        newInjects,
        interventions,
        newDecisionPoints,
        exercise,
        uncertainties,
        run,
        voters,
        reach);
  }

  /** The same scenario on another timeline (its elections, warm-up or milestones). */
  public ScenarioSpec withTimeline(TimelineSpec newTimeline) {
    return new ScenarioSpec(
        metadata,
        newTimeline,
        channels,
        campaigns,
        benign,
        defenses,
        queues,
        enforcement,
        harmWeighting,
        injects,
        interventions,
        decisionPoints,
        exercise,
        uncertainties,
        run,
        voters,
        reach);
  }

  /** The same scenario with another reach model. */
  public ScenarioSpec withReach(ReachSpec newReach) {
    return new ScenarioSpec(
        metadata,
        timeline,
        channels,
        campaigns,
        benign,
        defenses,
        queues,
        enforcement,
        harmWeighting,
        injects,
        interventions,
        decisionPoints,
        exercise,
        uncertainties,
        run,
        voters,
        newReach);
  }

  public ScenarioSpec {
    Require.nonNull(metadata, "metadata");
    Require.nonNull(timeline, "timeline");
    Require.nonNull(channels, "channels");
    Require.nonNull(campaigns, "campaigns");
    Require.nonNull(benign, "benign");
    Require.nonNull(defenses, "defenses");
    Require.nonNull(queues, "queues");
    Require.nonNull(enforcement, "enforcement");
    Require.nonNull(harmWeighting, "harmWeighting");
    Require.nonNull(injects, "injects");
    Require.nonNull(interventions, "interventions");
    Require.nonNull(decisionPoints, "decisionPoints");
    Require.nonNull(exercise, "exercise");
    Require.nonNull(uncertainties, "uncertainties");
    Require.nonNull(run, "run");
    Require.nonNull(voters, "voters");
    Require.nonNull(reach, "reach");
    checkSides(voters, campaigns, benign);
    new ScenarioReferences(channels, campaigns, queues).check(benign, enforcement, interventions);
  }

  private static void checkSides(
      VoterSpec voters,
      ImmutableList<CampaignSpec> campaigns,
      ImmutableList<BenignStreamSpec> benign) {
    campaigns
        .reject(c -> c.sideId().isEmpty() || voters.sideIndex(c.sideId()) >= 0)
        .forEach(
            c -> {
              throw new IllegalArgumentException(
                  "campaign " + c.id() + ": no side with id '" + c.sideId() + "'");
            });
    benign
        .reject(b -> b.sideId().isEmpty() || voters.sideIndex(b.sideId()) >= 0)
        .forEach(
            b -> {
              throw new IllegalArgumentException(
                  "benign stream " + b.id() + ": no side with id '" + b.sideId() + "'");
            });
  }

  /** The channel with this id. */
  public ChannelSpec channel(String id) {
    return find(channels.detect(c -> c.id().equals(id)), "channel", id);
  }

  /** The campaign with this id. */
  public CampaignSpec campaign(String id) {
    return find(campaigns.detect(c -> c.id().equals(id)), "campaign", id);
  }

  /** The queue with this id. */
  public QueueSpec queue(String id) {
    return find(queues.detect(q -> q.id().equals(id)), "queue", id);
  }

  /** The intervention with this id. */
  public InterventionSpec intervention(String id) {
    return find(interventions.detect(i -> i.id().equals(id)), "intervention", id);
  }

  private static <T> T find(T found, String kind, String id) {
    if (found == null) {
      throw new IllegalArgumentException("no " + kind + " with id '" + id + "'");
    }
    return found;
  }
}
