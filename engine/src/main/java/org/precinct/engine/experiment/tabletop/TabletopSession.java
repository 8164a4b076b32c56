package org.precinct.engine.experiment.tabletop;

import java.util.Comparator;
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
 *
 * <p>A state-triggered decision comes where its trigger fires in the story replication ({@link
 * StoryLine}) along the choices so far; the stop's decision carries that time, and every
 * replication applies the chosen option where the trigger fires in it. The next stop is the
 * earliest of the decisions left, fixed or triggered (ties as written), so the order can depend on
 * the choices; a triggered decision that never fires in the story comes at the end of the window.
 */
public final class TabletopSession {
  private final ScenarioSpec scenario;
  private final RunPlan plan;
  private final DecisionSchedule schedule;
  private final ForkRunner forks;
  private final RunMetadata metadata;
  private final boolean triggered;
  private final MutableList<DecisionRecord> records = Lists.mutable.empty();
  private BranchResult carryOn;
  private DecisionStop pending;

  /** A session that will play {@code scenario} under {@code plan} (seed, replications, mix). */
  public TabletopSession(ScenarioSpec scenario, RunPlan plan) {
    this.scenario = scenario;
    this.plan = plan;
    this.schedule = new DecisionSchedule(scenario);
    this.forks = new ForkRunner(scenario, plan);
    this.metadata = new ScenarioRunner(scenario).metadata(plan);
    this.triggered =
        scenario.decisionPoints().anySatisfy(DecisionPointSpec::isTriggered)
            || scenario.injects().anySatisfy(InjectSpec::isTriggered);
  }

  /** The decision points by their written time (a session may meet triggered ones elsewhere). */
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
    ImmutableList<ScheduledChange> path = schedule.changes(choices());
    ImmutableList<DecisionPointSpec> left = left(null);
    StoryLine story = story(path, left);
    DecisionPointSpec written = nextOf(left, story);
    DecisionPointSpec point = written.withAtTicks(stopTime(written, story));
    if (carryOn == null) {
      carryOn =
          forks
              .run(Lists.immutable.of(new Branch("as-written", path)), point.atTicks(), listener)
              .getFirst();
    }
    ImmutableList<Branch> branches = written.options().collect(o -> branch(path, written, o));
    long[] cuts = new long[branches.size()];
    ImmutableList<DecisionPointSpec> after = left(written);
    for (int b = 0; b < cuts.length; b++) {
      cuts[b] = nextStopTime(branches.get(b).path(), after, point.atTicks());
    }
    ImmutableList<BranchResult> runs = forks.run(branches, cuts, listener);
    Situation situation =
        SituationBuilder.build(scenario, metadata, point.atTicks(), carryOn.prefixes());
    pending =
        new DecisionStop(
            k,
            point,
            injectsBetween(story, previousTime(k), point.atTicks()),
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
    StoryLine story = story(schedule.changes(choices()), Lists.immutable.empty());
    return new ExerciseOutcome(
        records.toImmutable(),
        injectsBetween(story, last, endTicks()),
        carryOn,
        ExerciseAssessment.of(scenario.exercise(), carryOn));
  }

  /** The choices recorded so far, in exercise order. */
  public ImmutableList<Choice> choices() {
    return records
        .collect(r -> new Choice(r.stop().decision().id(), r.chosen().id()))
        .toImmutable();
  }

  /** When the team met its {@code k}-th decision (from 0), for a triggered one its story time. */
  public long decisionTime(int k) {
    return records.get(k).stop().decision().atTicks();
  }

  /** The decisions not yet taken, besides {@code also} (none when null), in schedule order. */
  private ImmutableList<DecisionPointSpec> left(DecisionPointSpec also) {
    return schedule
        .points()
        .reject(p -> p == also || records.anySatisfy(r -> r.stop().decision().id().equals(p.id())));
  }

  /** The story along {@code path}, or none needed when the scenario has no state triggers. */
  private StoryLine story(
      ImmutableList<ScheduledChange> path, ImmutableList<DecisionPointSpec> left) {
    return triggered
        ? StoryLine.along(scenario, plan, path, left.select(DecisionPointSpec::isTriggered))
        : null;
  }

  private DecisionPointSpec nextOf(ImmutableList<DecisionPointSpec> left, StoryLine story) {
    return left.min(Comparator.comparingLong(p -> stopTime(p, story)));
  }

  private long stopTime(DecisionPointSpec p, StoryLine story) {
    if (!p.isTriggered()) {
      return p.atTicks();
    }
    long fired = story.firstFired(p.id());
    return fired < 0 ? endTicks() : fired;
  }

  /** Where the stop after this one comes along a branch: the cut of its situation prefix. */
  private long nextStopTime(
      ImmutableList<ScheduledChange> path, ImmutableList<DecisionPointSpec> after, long now) {
    if (after.isEmpty()) {
      return endTicks();
    }
    StoryLine story = after.anySatisfy(DecisionPointSpec::isTriggered) ? story(path, after) : null;
    return Math.max(now, after.collectLong(p -> stopTime(p, story)).min());
  }

  private static Branch branch(
      ImmutableList<ScheduledChange> path, DecisionPointSpec point, DecisionOptionSpec option) {
    return new Branch(option.id(), path.newWithAll(option.changes().collect(point::scheduled)));
  }

  private long previousTime(int k) {
    return k == 0 ? -1L : decisionTime(k - 1);
  }

  private long endTicks() {
    return scenario.timeline().endTicks();
  }

  /**
   * Injects made after {@code fromTicks} (exclusive) and up to {@code toTicks}, in time order; a
   * state-triggered inject counts from where it first fired in the story replication.
   */
  private ImmutableList<InjectSpec> injectsBetween(StoryLine story, long fromTicks, long toTicks) {
    return scenario
        .injects()
        .reject(i -> i.isTriggered() && story.firstFired(i.id()) < 0)
        .collect(i -> i.isTriggered() ? i.withTrigger(story.firstFired(i.id()), i.trigger()) : i)
        .select(i -> i.atTicks() > fromTicks && i.atTicks() <= toTicks)
        .toSortedListBy(InjectSpec::atTicks)
        .toImmutable();
  }
}
