package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

final class ElectionModelTest {
  private final ScenarioSpec spec = TestScenarios.small().build();

  private ReplicationOutcome run(ScenarioSpec scenario, InterventionSet on, int replication) {
    return new ElectionModel(scenario, on, Lists.immutable.empty(), 99L, replication).run();
  }

  @Test
  void aReplicationIsAPureFunctionOfItsSeedAndIndex() {
    assertThat(run(spec, InterventionSet.none(), 3))
        .isEqualTo(run(spec, InterventionSet.none(), 3));
    assertThat(run(spec, InterventionSet.none(), 4))
        .isNotEqualTo(run(spec, InterventionSet.none(), 3));
  }

  @Test
  void everyHarmfulRequestEndsInExactlyOneOutcome() {
    ReplicationOutcome o = run(spec, InterventionSet.none(), 0);
    long tallied = o.outcomes().sumOfLong(t -> t.count());
    assertThat(tallied).isEqualTo((long) o.value(Metric.HARMFUL_REQUESTS)).isPositive();
    assertThat(
            o.value(Metric.REFUSALS) + o.value(Metric.NEUTRALISED) + o.value(Metric.HARM_DELIVERED))
        .isEqualTo(o.value(Metric.HARMFUL_REQUESTS));
    assertThat(o.outcomes().collect(t -> t.outcome()).toSet()).doesNotContain(Outcome.PENDING);
  }

  @Test
  void anInterventionAppliesFromTheStartAndItsCostIsCounted() {
    ScenarioBuilder b = TestScenarios.small();
    Change noRefusal =
        new Change.ToggleDefense(org.precinct.engine.spec.DefenseKind.REFUSAL, "", false);
    b.interventions.add(
        new InterventionSpec(
            "no-refusal", "No refusal", "d", false, 100, Lists.immutable.of(noRefusal)));
    ScenarioSpec s = b.build();
    ReplicationOutcome on = run(s, InterventionSet.of("no-refusal"), 0);
    assertThat(on.value(Metric.REFUSALS)).isZero();
    assertThat(on.value(Metric.INTERVENTION_COST)).isEqualTo(100 * 14);
    assertThat(run(s, InterventionSet.none(), 0).value(Metric.REFUSALS)).isPositive();
  }

  @Test
  void aStopCampaignInjectEndsItsRequestsAtTheInjectTime() {
    ScenarioBuilder b = TestScenarios.small();
    b.injects.add(inject(2 * Ticks.DAY, new Change.StopCampaign("campaign-0")));
    ScenarioSpec s = b.build();
    var times =
        run(s, InterventionSet.none(), 0)
            .campaigns()
            .detect(c -> c.campaignId().equals("campaign-0"));
    assertThat(times.endTicks()).isEqualTo(2 * Ticks.DAY);
  }

  @Test
  void aCampaignDeclaredInactiveStartsOnlyThroughAChange() {
    ScenarioBuilder b = TestScenarios.small();
    b.editCampaigns(c -> c.id().equals("campaign-1") ? inactive(c) : c);
    ScenarioSpec s = b.build();
    assertThat(
            run(s, InterventionSet.none(), 0)
                .campaigns()
                .detect(c -> c.campaignId().equals("campaign-1"))
                .startTicks())
        .isEqualTo(-1);
    b.injects.add(inject(5 * Ticks.DAY, new Change.StartCampaign("campaign-1")));
    var started =
        run(b.build(), InterventionSet.none(), 0)
            .campaigns()
            .detect(c -> c.campaignId().equals("campaign-1"));
    assertThat(started.startTicks()).isEqualTo(5 * Ticks.DAY);
  }

  @Test
  void uncertainParametersAreSampledOncePerReplicationFromTheirOwnStream() {
    ScenarioBuilder b = TestScenarios.small();
    ScenarioSpec base = b.build();
    var uncertain =
        new org.precinct.engine.spec.UncertainParameterSpec(
            new ParameterRef(Parameter.REDIRECT_SHARE, ""),
            new DistributionSpec.Constant(0.0),
            0,
            1);
    ScenarioSpec s =
        new ScenarioSpec(
            base.metadata(),
            base.timeline(),
            base.channels(),
            base.campaigns(),
            base.benign(),
            base.defenses(),
            base.queues(),
            base.enforcement(),
            base.harmWeighting(),
            base.injects(),
            base.interventions(),
            base.decisionPoints(),
            base.exercise(),
            Lists.immutable.of(uncertain),
            base.run());
    assertThat(run(s, InterventionSet.none(), 0).value(Metric.REDIRECTS)).isZero();
  }

  @Test
  void anObserverSeesLinkedStepsInTimeOrderWithoutChangingTheOutcome() {
    MutableList<ObservedEvent> events = Lists.mutable.empty();
    ReplicationOutcome observed =
        new ElectionModel(
                spec, InterventionSet.none(), Lists.immutable.empty(), 99L, 1, events::add)
            .run();
    assertThat(observed).isEqualTo(run(spec, InterventionSet.none(), 1));
    assertThat(events.count(e -> e.kind() == ObservedKind.HARMFUL_REQUEST))
        .isEqualTo((int) observed.value(Metric.HARMFUL_REQUESTS));
    assertThat(events.collectLong(ObservedEvent::atTicks).toArray()).isSorted();
    ObservedEvent opened =
        events.detect(
            e -> e.kind() == ObservedKind.CASE_OPENED && e.detail().equals("threat-account"));
    assertThat(
            events.anySatisfy(
                e -> e.kind() == ObservedKind.REVIEWED && e.caseId() == opened.caseId()))
        .isTrue();
    assertThat(opened.accountId()).startsWith(opened.campaignId() + "/");
  }

  @Test
  void extraChangesTakeEffectAtTheirTime() {
    ImmutableList<ScheduledChange> late =
        Lists.immutable.of(
            new ScheduledChange(
                spec.timeline().endTicks() - Ticks.HOUR,
                new Change.SetParameter(new ParameterRef(Parameter.REDIRECT_SHARE, ""), 0)));
    var withChange = new ElectionModel(spec, InterventionSet.none(), late, 99L, 0).run();
    assertThat(withChange.value(Metric.REDIRECTS)).isGreaterThan(0);
    assertThat(withChange.value(Metric.REDIRECTS))
        .isLessThan(run(spec, InterventionSet.none(), 0).value(Metric.REDIRECTS));
  }

  @Test
  void aBrokenInvariantIsReportedAsAModelInvariantException() {
    ModelSetup setup = ModelSetup.of(spec);
    Recorder recorder =
        new Recorder(setup.calendar(), spec.channels().size(), spec.queues().size());
    Population population =
        Population.of(
            setup,
            new Accounts(
                new org.precinct.engine.random.RandomStreams(1, 0).family("requests"),
                new org.precinct.engine.random.RandomStreams(1, 0).family("review"),
                new org.precinct.engine.random.RandomStreams(1, 0).family("classifier")));
    recorder.harmful = 1;
    Exposure exposure =
        new Exposure(
            setup,
            new ModelClock(
                new org.precinct.engine.kernel.Simulation(), setup.calendar().endTicks()));
    EndState end =
        new EndState(setup, population, recorder, new ReviewQueue[0], new CaseTable(), 0, exposure);
    assertThatThrownBy(() -> new InvariantCheck(end).verifyInvariants())
        .isInstanceOf(ModelInvariantException.class)
        .hasMessageContaining("harmful requests 1");
    recorder.harmful = 0;
    EndState lost =
        new EndState(setup, population, recorder, new ReviewQueue[0], new CaseTable(), 3, exposure);
    assertThatThrownBy(() -> new InvariantCheck(lost).verifyInvariants())
        .isInstanceOf(ModelInvariantException.class)
        .hasMessageContaining("desk counts 3");
  }

  private static InjectSpec inject(long at, Change change) {
    return new InjectSpec(
        "inject-" + at,
        at,
        "Inject",
        "Narrative",
        Lists.immutable.of(change),
        "",
        Lists.immutable.empty(),
        Lists.immutable.empty(),
        "");
  }

  private static org.precinct.engine.spec.CampaignSpec inactive(
      org.precinct.engine.spec.CampaignSpec c) {
    return new org.precinct.engine.spec.CampaignSpec(
        c.id(),
        c.label(),
        c.category(),
        c.channelId(),
        c.startTicks(),
        c.endTicks(),
        c.accounts(),
        c.intensity(),
        c.harmfulShare(),
        c.severity(),
        c.networkId(),
        c.adaptation(),
        false);
  }
}
