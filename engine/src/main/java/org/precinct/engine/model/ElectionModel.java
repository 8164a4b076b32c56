package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;
import org.precinct.engine.spec.TriggerSpec;
import org.precinct.engine.spec.UncertainParameterSpec;

/**
 * One replication of the election-abuse model: a pure function of (scenario, switched
 * interventions, extra changes, seed, replication index), with its own {@link Simulation} and
 * {@link RandomStreams}; {@link #run()} simulates to the end, verifies the invariants and returns
 * the {@link ReplicationOutcome}.
 */
public final class ElectionModel {
  private final ModelSetup setup;
  private final Simulation sim;
  private final RandomStreams streams;
  private final ModelParameters parameters;
  private final Population population;
  private final Recorder recorder;
  private final RedTeam redTeam;
  private final ReviewQueue[] queues;
  private final CaseTable cases;
  private final ModelChanges changes;
  private final ReviewDesk desk;
  private final Staffing staffing;
  private final Exposure exposure;
  private final StateTriggers triggers;
  private final int replication;
  private final double interventionCost;

  /**
   * Builds replication {@code replication} of a scenario, with the changes in force at t = 0
   * applied.
   */
  public ElectionModel(
      ScenarioSpec spec,
      InterventionSet interventions,
      ImmutableList<ScheduledChange> extraChanges,
      long seed,
      int replication) {
    this(spec, interventions, extraChanges, seed, replication, null);
  }

  /**
   * As above, reporting every step to {@code observer} (null for none), e.g. for an events log.
   *
   * <p>This is the one place the stages are wired: each gets its state and its outbound interfaces
   * in its constructor; only {@link Routing} (the verdicts' router) is bound after the stages it
   * routes to exist, since review's verdicts feed back into detection and enforcement.
   */
  public ElectionModel(
      ScenarioSpec spec,
      InterventionSet interventions,
      ImmutableList<ScheduledChange> extraChanges,
      long seed,
      int replication,
      ModelObserver observer) {
    this.replication = replication;
    this.setup = ModelSetup.of(spec);
    this.sim = new Simulation();
    this.streams = new RandomStreams(seed, replication);
    this.parameters = new ModelParameters(spec, setup.index());
    ModelClock clock = new ModelClock(sim, setup.calendar().endTicks());
    this.recorder = Recorder.of(setup);
    this.population =
        Population.of(
            setup,
            new Accounts(
                streams.family("requests"),
                streams.family("review"),
                streams.family("classifier")));
    BenignUsers benignUsers =
        new BenignUsers(setup.benignStreams(), streams.family("benign-review"));
    this.cases = new CaseTable();
    this.queues = new ReviewQueue[spec.queues().size()];
    spec.queues().forEachWithIndex((q, i) -> queues[i] = new ReviewQueue(i, q));
    CaseSubjects subjects = new CaseSubjects(population.accounts(), benignUsers, cases);
    Observations observations = new Observations(setup, clock, subjects, observer);
    Instruments tools = new Instruments(clock, streams, recorder, observations);
    Routing routing = new Routing();
    this.desk =
        new ReviewDesk(setup, parameters, tools, queues, new ReviewLinks(subjects, routing));
    Classifiers classifiers = new Classifiers(spec, parameters, population.accounts(), clock);
    this.redTeam = new RedTeam(spec, parameters, clock, classifiers);
    DetectionLinks detectionLinks =
        new DetectionLinks(
            new FlagRule(spec, parameters), FlagCapacity.of(spec, extraChanges), desk, routing);
    Detection detection = new Detection(setup, parameters, population, tools, detectionLinks);
    this.exposure = new Exposure(setup, clock);
    ThreatTraffic threat =
        new ThreatTraffic(setup, parameters, population, tools, classifiers, detection, exposure);
    CampaignLifecycle lifecycle =
        new CampaignLifecycle(setup, parameters, population, tools, threat);
    Enforcement enforcement =
        new Enforcement(
            setup,
            parameters,
            population,
            tools,
            new EnforcementLinks(desk, threat, lifecycle, exposure));
    BenignCases benignCases =
        new BenignCases(setup, parameters, tools, benignUsers, detectionLinks);
    BenignTraffic benign = new BenignTraffic(setup, parameters, tools, classifiers, benignCases);
    routing.bind(detection, enforcement, benignCases);
    this.staffing = new Staffing(spec, parameters, clock, desk);
    BackgroundLoad background = new BackgroundLoad(parameters, tools, queues, desk);
    MutableList<ScheduledChange> timed = timedChanges(spec, extraChanges);
    this.changes =
        new ModelChanges(
            timed.collect(ScheduledChange::change).toImmutable(),
            clock,
            new ChangeTargets(threat, lifecycle, benign, staffing, background, redTeam),
            parameters,
            setup.index());
    ChangeApplier applier = changes.applier();
    this.triggers = new StateTriggers(clock, recorder, queues, population, applier, observations);
    for (InjectSpec inject : spec.injects().select(InjectSpec::isTriggered)) {
      triggers.arm(
          new StateTriggers.Armed(
              inject.id(),
              inject.atTicks(),
              inject.trigger(),
              inject.changes(),
              StateTriggers.TABLE),
          setup.index());
    }
    armDecisions(extraChanges.select(ScheduledChange::isTriggered));
    uncertainties(spec, streams, applier);
    spec.interventions()
        .select(i -> interventions.isOn(i.id()))
        .forEach(i -> i.changes().forEach(applier::apply));
    interventions.on().forEach(spec::intervention);
    this.interventionCost = cost(spec, interventions);
    timed.forEachWithIndex((c, i) -> changes.schedule(i, c.atTicks()));
    staffing.scheduleRosters();
    redTeam.start();
    lifecycle.scheduleStarts();
    background.start();
    benign.start();
    detection.schedulePeriodic();
    VoterOutcomes voters = new VoterOutcomes(setup, parameters, tools);
    new ModelTicks(
            setup.calendar(),
            tools,
            queues,
            population.campaigns(),
            voters,
            triggers,
            () -> {
              long now = clock.now();
              recorder.resetAtWarmUpEnd(desk.totalWaiting());
              for (ReviewQueue q : queues) {
                q.resetIntegrals(now);
              }
              exposure.resetTotal(now);
            })
        .start();
    changes.goLive();
  }

  /**
   * Fixed-time injects' changes and the extra ones, in time order (the order given within a time);
   * state-triggered injects are armed instead.
   */
  private static MutableList<ScheduledChange> timedChanges(
      ScenarioSpec spec, ImmutableList<ScheduledChange> extra) {
    MutableList<ScheduledChange> timed = Lists.mutable.empty();
    for (InjectSpec inject : spec.injects().reject(InjectSpec::isTriggered)) {
      inject.changes().forEach(c -> timed.add(new ScheduledChange(inject.atTicks(), c)));
    }
    timed.addAll(extra.reject(ScheduledChange::isTriggered).castToList());
    return timed.sortThisByLong(ScheduledChange::atTicks);
  }

  /** Arms the changes chosen at state-triggered decisions, one trigger per decision id. */
  private void armDecisions(ImmutableList<ScheduledChange> triggered) {
    MutableList<String> ids = triggered.collect(ScheduledChange::triggerId).distinct().toList();
    for (String id : ids) {
      ImmutableList<ScheduledChange> mine = triggered.select(c -> c.triggerId().equals(id));
      ScheduledChange first = mine.getFirst();
      triggers.arm(
          new StateTriggers.Armed(
              id,
              first.atTicks(),
              first.trigger(),
              mine.collect(ScheduledChange::change),
              StateTriggers.DECISIONS),
          setup.index());
    }
  }

  /**
   * Watches a state trigger that changes nothing, to read when it first fires ({@link
   * #firstFiredAt}): how a tabletop session learns where a state-triggered decision comes in the
   * story replication. Call it before the run starts; like every trigger it draws no random number,
   * so the run's numbers stay as they are.
   *
   * @throws IllegalStateException once the run has started
   */
  public void watch(String id, long notBeforeTicks, TriggerSpec trigger) {
    if (sim.eventsProcessed() > 0) {
      throw new IllegalStateException("watch a trigger before the run starts");
    }
    triggers.arm(
        new StateTriggers.Armed(id, notBeforeTicks, trigger, Lists.immutable.empty(), ""),
        setup.index());
  }

  private static void uncertainties(
      ScenarioSpec spec, RandomStreams streams, ChangeApplier applier) {
    spec.uncertainties()
        .forEachWithIndex(
            (UncertainParameterSpec u, int i) -> {
              double value =
                  DistributionSamplers.of(u.distribution())
                      .sample(streams.stream("uncertainty", i));
              applier.apply(new Change.SetParameter(u.ref(), u.ref().parameter().clamp(value)));
            });
  }

  private static double cost(ScenarioSpec spec, InterventionSet interventions) {
    double days = spec.timeline().dayCount();
    return spec.interventions()
            .select(i -> interventions.isOn(i.id()))
            .sumOfDouble(InterventionSpec::costPerDay)
        * days;
  }

  /** Simulates up to {@code ticks} (for pausing at a decision point); later calls continue. */
  public void runUntil(long ticks) {
    sim.runUntil(Math.min(ticks, setup.calendar().endTicks()));
  }

  /**
   * Applies changes now, after every event up to the current time has fired: how a tabletop
   * decision taken while the run is paused at a decision point enters the run.
   */
  public void apply(ImmutableList<Change> changes) {
    changes.forEach(this.changes.applier()::apply);
  }

  /** The current simulation time in ticks (where {@link #runUntil} paused). */
  public long now() {
    return sim.now();
  }

  /**
   * A SHA-256 digest (hex) of the whole state of this replication: clock and pending events,
   * accounts, cases, queues, recorders and random-stream states; two replications with equal
   * digests continue identically, which is how a fork at a decision point is checked against an
   * uninterrupted run.
   */
  public String stateDigest() {
    return StateDigest.of(this);
  }

  /** Simulates to the end, checks the invariants and returns the replication's numbers. */
  public ReplicationOutcome run() {
    runUntil(setup.calendar().endTicks());
    exposure.close();
    EndState end =
        new EndState(setup, population, recorder, queues, cases, desk.totalWaiting(), exposure);
    new InvariantCheck(end).verifyInvariants();
    return new OutcomeBuilder(end)
        .build(
            replication,
            interventionCost + redTeam.cost(),
            staffing.windows().toImmutable(),
            triggers.groups());
  }

  /**
   * When the state-triggered inject or decision {@code id} first fired in this replication so far,
   * or -1 if it has not (yet).
   */
  public long firstFiredAt(String id) {
    return triggers.firstFiredAt(id);
  }

  /** Events fired so far (for benchmarks: model cost per kernel event). */
  public long eventsProcessed() {
    return sim.eventsProcessed();
  }

  /** Threat requests simulated so far. */
  public long threatRequests() {
    return recorder.threatRequests;
  }

  /** Benign requests actually simulated (the falsely flagged ones), for benchmarks. */
  public long benignRequestsSimulated() {
    return recorder.falsePositiveFlags;
  }
}
