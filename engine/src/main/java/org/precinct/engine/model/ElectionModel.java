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
import org.precinct.engine.spec.UncertainParameterSpec;

/**
 * One replication of the election-abuse model: a pure function of (scenario, switched
 * interventions, extra changes, seed, replication index), with its own {@link Simulation} and
 * {@link RandomStreams}; {@link #run()} simulates to the end, verifies the invariants and returns
 * the {@link ReplicationOutcome}.
 */
public final class ElectionModel {
  private final ModelContext m;
  private final ModelEvents events;
  private final ChangeApplier applier;
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

  /** As above, reporting every step to {@code observer} (null for none), e.g. for an events log. */
  public ElectionModel(
      ScenarioSpec spec,
      InterventionSet interventions,
      ImmutableList<ScheduledChange> extraChanges,
      long seed,
      int replication,
      ModelObserver observer) {
    this.replication = replication;
    RandomStreams streams = new RandomStreams(seed, replication);
    this.m = new ModelContext(spec, new Simulation(), streams);
    MutableList<ScheduledChange> timed = timedChanges(spec, extraChanges);
    this.events = new ModelEvents(m, timed.collect(ScheduledChange::change).toImmutable());
    m.handler = events;
    m.log = new Observations(m, observer);
    this.applier = new ChangeApplier(m.parameters, m.index, events);
    ModelTicks ticks = new ModelTicks(m);
    events.wire(applier, ticks);
    wireComponents(FlagCapacity.of(spec, extraChanges));
    uncertainties(spec, streams, applier);
    spec.interventions()
        .select(i -> interventions.isOn(i.id()))
        .forEach(i -> i.changes().forEach(applier::apply));
    interventions.on().forEach(spec::intervention);
    this.interventionCost = cost(spec, interventions);
    timed.forEachWithIndex(
        (c, i) -> m.scheduleAt(c.atTicks(), EventTypes.PRIORITY_CHANGE, EventTypes.CHANGE, i));
    startProcesses(ticks);
    events.goLive();
  }

  private void wireComponents(int flagCapacity) {
    m.threat = new ThreatTraffic(m);
    m.lifecycle = new CampaignLifecycle(m);
    m.detection = new Detection(m, flagCapacity);
    m.desk = new ReviewDesk(m);
    m.staffing = new Staffing(m);
    m.enforcement = new Enforcement(m);
    m.benign = new BenignTraffic(m, flagCapacity);
    m.background = new BackgroundLoad(m);
  }

  private void startProcesses(ModelTicks ticks) {
    m.staffing.scheduleRosters();
    m.lifecycle.scheduleStarts();
    m.background.start();
    m.benign.start();
    m.detection.schedulePeriodic();
    ticks.start();
  }

  /** Injects' changes and the extra ones, in time order (the order given within a time). */
  private static MutableList<ScheduledChange> timedChanges(
      ScenarioSpec spec, ImmutableList<ScheduledChange> extra) {
    MutableList<ScheduledChange> timed = Lists.mutable.empty();
    for (InjectSpec inject : spec.injects()) {
      inject.changes().forEach(c -> timed.add(new ScheduledChange(inject.atTicks(), c)));
    }
    timed.addAll(extra.castToList());
    return timed.sortThisByLong(ScheduledChange::atTicks);
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
    m.sim.runUntil(Math.min(ticks, m.calendar.endTicks()));
  }

  /**
   * Applies changes now, after every event up to the current time has fired: how a tabletop
   * decision taken while the run is paused at a decision point enters the run.
   */
  public void apply(ImmutableList<Change> changes) {
    changes.forEach(applier::apply);
  }

  /** The current simulation time in ticks (where {@link #runUntil} paused). */
  public long now() {
    return m.now();
  }

  /**
   * A SHA-256 digest (hex) of the whole state of this replication: clock and pending events,
   * accounts, cases, queues, recorders and random-stream states; two replications with equal
   * digests continue identically, which is how a fork at a decision point is checked against an
   * uninterrupted run.
   */
  public String stateDigest() {
    return StateDigest.of(m);
  }

  /** Simulates to the end, checks the invariants and returns the replication's numbers. */
  public ReplicationOutcome run() {
    runUntil(m.calendar.endTicks());
    new InvariantCheck(m).verifyInvariants(events.backwardsAt());
    return new OutcomeBuilder(m)
        .build(replication, interventionCost, m.staffing.windows().toImmutable());
  }

  /** Events fired so far (for benchmarks: model cost per kernel event). */
  public long eventsProcessed() {
    return m.sim.eventsProcessed();
  }

  /** Threat requests simulated so far. */
  public long threatRequests() {
    return m.recorder.threatRequests;
  }

  /** Benign requests actually simulated (the falsely flagged ones), for benchmarks. */
  public long benignRequestsSimulated() {
    return m.recorder.falsePositiveFlags;
  }
}
