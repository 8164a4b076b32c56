package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * A tabletop exercise in progress: walks the decision points in time order, and at each one runs
 * every option from the same state with the same random numbers, then records the team's choice.
 *
 * <p>At a stop, "carrying on" (the choices so far, no change now) is the run the team is on; its
 * prefix is the situation shown, and it is the reference every option is compared with. The chosen
 * option's run becomes the next stop's "carrying on", so each stop costs one run per option and
 * replication (the first stop one more, for the scenario as written).
 */
public final class TabletopSession {
  private final ScenarioSpec scenario;
  private final DecisionSchedule schedule;
  private final ForkRunner forks;
  private final RunMetadata metadata;
  private final MutableList<DecisionRecord> records = Lists.mutable.empty();
  private BranchResult carryOn;
  private DecisionStop pending;

  /** A session that will play {@code scenario} under {@code plan} (seed, replications, mix). */
  public TabletopSession(ScenarioSpec scenario, RunPlan plan) {
    this.scenario = scenario;
    this.schedule = new DecisionSchedule(scenario);
    this.forks = new ForkRunner(scenario, plan);
    this.metadata = new ScenarioRunner(scenario).metadata(plan);
  }

  /** The decision points in exercise order. */
  public DecisionSchedule schedule() {
    return schedule;
  }

  /** Whether a decision point is still to come. */
  public boolean hasNextDecision() {
    return records.size() < schedule.size();
  }

  /**
   * Runs to the next decision point: the situation there and every option's forked outcome.
   *
   * @throws IllegalStateException if the previous stop has no choice yet, or none is left
   */
  public DecisionStop next(ProgressListener listener) {
    if (pending != null || !hasNextDecision()) {
      throw new IllegalStateException(
          pending != null ? "choose an option at " + pending.decision().id() : "no decision left");
    }
    int k = records.size();
    DecisionPointSpec point = schedule.point(k);
    ImmutableList<ScheduledChange> path = schedule.changes(choices());
    if (carryOn == null) {
      carryOn =
          forks
              .run(Lists.immutable.of(new Branch("as-written", path)), point.atTicks(), listener)
              .getFirst();
    }
    long cut = k + 1 < schedule.size() ? schedule.point(k + 1).atTicks() : endTicks();
    ImmutableList<BranchResult> runs =
        forks.run(point.options().collect(o -> branch(path, point, o)), cut, listener);
    Situation situation =
        SituationBuilder.build(scenario, metadata, point.atTicks(), carryOn.prefixes());
    pending =
        new DecisionStop(
            k,
            point,
            injectsBetween(previousTime(k), point.atTicks()),
            situation,
            DecisionComparison.of(point, scenario.exercise(), scenario.timeline(), carryOn, runs));
    return pending;
  }

  /**
   * Records the team's choice at the pending stop; its run becomes the path the exercise goes on.
   *
   * @throws IllegalArgumentException if the option does not exist (the message lists the options)
   */
  public DecisionRecord choose(String optionId) {
    if (pending == null) {
      throw new IllegalStateException("no decision is pending");
    }
    DecisionOptionSpec option = DecisionSchedule.option(pending.decision(), optionId);
    DecisionRecord record = new DecisionRecord(pending, option);
    carryOn = pending.comparison().option(optionId).run();
    records.add(record);
    pending = null;
    return record;
  }

  /**
   * Ends the exercise after the last decision: the run along the chosen path and its objectives.
   *
   * @throws IllegalStateException if a decision is still to be made
   */
  public ExerciseOutcome finish(ProgressListener listener) {
    if (pending != null || hasNextDecision()) {
      throw new IllegalStateException("decisions remain before the end of the exercise");
    }
    if (carryOn == null) {
      carryOn =
          forks
              .run(
                  Lists.immutable.of(new Branch("as-written", Lists.immutable.empty())),
                  endTicks(),
                  listener)
              .getFirst();
    }
    long last = records.isEmpty() ? -1L : previousTime(records.size());
    return new ExerciseOutcome(
        records.toImmutable(),
        injectsBetween(last, endTicks()),
        carryOn,
        ExerciseAssessment.of(scenario.exercise(), carryOn));
  }

  /** The choices recorded so far, in exercise order. */
  public ImmutableList<Choice> choices() {
    return records
        .collect(r -> new Choice(r.stop().decision().id(), r.chosen().id()))
        .toImmutable();
  }

  private static Branch branch(
      ImmutableList<ScheduledChange> path, DecisionPointSpec point, DecisionOptionSpec option) {
    return new Branch(
        option.id(),
        path.newWithAll(option.changes().collect(c -> new ScheduledChange(point.atTicks(), c))));
  }

  private long previousTime(int k) {
    return k == 0 ? -1L : schedule.point(k - 1).atTicks();
  }

  private long endTicks() {
    return scenario.timeline().endTicks();
  }

  /** Injects made after {@code fromTicks} (exclusive) and up to {@code toTicks}, in time order. */
  private ImmutableList<InjectSpec> injectsBetween(long fromTicks, long toTicks) {
    return scenario
        .injects()
        .select(i -> !i.isTriggered() && i.atTicks() > fromTicks && i.atTicks() <= toTicks)
        .toSortedListBy(InjectSpec::atTicks)
        .toImmutable();
  }
}
