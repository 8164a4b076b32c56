package org.precinct.engine.model;

import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;

/**
 * The state-triggered events of a replication (injects, and decision options chosen at a triggered
 * decision point): at every hour boundary, after every other event at that instant, each armed
 * trigger whose conditions all hold fires and its changes apply at once.
 *
 * <p>The check only reads counters the model keeps anyway (queue backlogs, campaign and network
 * tallies, the harm total, the clock), draws no random number and allocates nothing, so a trigger
 * that never fires leaves every number of the run unchanged. Conditions are flattened into
 * primitive arrays when the replication is built.
 */
final class StateTriggers {
  /** The breakdown table a triggered inject's outcomes are recorded under. */
  static final String TABLE = "triggered-injects";

  /** The breakdown table of the options chosen at state-triggered decision points. */
  static final String DECISIONS = "triggered-decisions";

  private static final int BACKLOG = 0;
  private static final int ENFORCED_SHARE = 1;
  private static final int TAKEDOWNS = 2;
  private static final int HARM = 3;
  private static final int TIME = 4;

  private final ModelClock clock;
  private final Recorder recorder;
  private final ReviewQueue[] queues;
  private final CampaignStates campaigns;
  private final NetworkStates networks;
  private final ChangeApplier applier;
  private final Observations log;
  private final MutableList<Armed> armed = Lists.mutable.empty();
  private int[] firstCondition = new int[0];
  private int[] kind = new int[0];
  private int[] target = new int[0];
  private double[] threshold = new double[0];
  private int conditions;
  private long[] firstFiredAt = new long[0];
  private long[] lastFiredAt = new long[0];
  private int[] firings = new int[0];

  /**
   * One trigger: its id, earliest time, condition, the changes it applies and the breakdown table
   * its outcomes go to (none when empty: a watch whose fire time only a caller reads).
   */
  record Armed(
      String id,
      long notBeforeTicks,
      TriggerSpec trigger,
      ImmutableList<Change> changes,
      String table) {}

  StateTriggers(
      ModelClock clock,
      Recorder recorder,
      ReviewQueue[] queues,
      Population population,
      ChangeApplier applier,
      Observations log) {
    this.clock = clock;
    this.recorder = recorder;
    this.queues = queues;
    this.campaigns = population.campaigns();
    this.networks = population.networks();
    this.applier = applier;
    this.log = log;
  }

  /** Arms one more trigger (before the run starts); ids resolve through {@code index}. */
  void arm(Armed a, ScenarioIndex index) {
    int t = armed.size();
    armed.add(a);
    firstCondition = Arrays.copyOf(firstCondition, t + 2);
    firstCondition[t] = conditions;
    for (TriggerCondition c : a.trigger().conditions()) {
      addCondition(c, index);
    }
    firstCondition[t + 1] = conditions;
    firstFiredAt = grown(firstFiredAt, t);
    lastFiredAt = grown(lastFiredAt, t);
    firings = Arrays.copyOf(firings, t + 1);
  }

  private static long[] grown(long[] a, int t) {
    long[] out = Arrays.copyOf(a, t + 1);
    out[t] = -1L;
    return out;
  }

  private void addCondition(TriggerCondition c, ScenarioIndex index) {
    int i = conditions++;
    kind = Arrays.copyOf(kind, conditions);
    target = Arrays.copyOf(target, conditions);
    threshold = Arrays.copyOf(threshold, conditions);
    if (c instanceof TriggerCondition.Backlog b) {
      set(i, BACKLOG, index.queue(b.queueId()), b.above());
    } else if (c instanceof TriggerCondition.EnforcedShare e) {
      set(i, ENFORCED_SHARE, index.campaign(e.campaignId()), e.atLeast());
    } else if (c instanceof TriggerCondition.Takedowns d) {
      set(i, TAKEDOWNS, 0, d.atLeast());
    } else if (c instanceof TriggerCondition.Harm h) {
      set(i, HARM, 0, h.atLeast());
    } else if (c instanceof TriggerCondition.AfterMilestone m) {
      set(i, TIME, 0, m.fromTicks());
    }
  }

  private void set(int i, int k, int t, double value) {
    kind[i] = k;
    target[i] = t;
    threshold[i] = value;
  }

  /** Whether any trigger is armed (none: the hourly check is skipped). */
  boolean isEmpty() {
    return armed.isEmpty();
  }

  /** The hourly check: fires, in arming order, every trigger whose conditions all hold now. */
  void check() {
    long now = clock.now();
    if (now >= clock.endTicks()) {
      return;
    }
    for (int t = 0; t < firings.length; t++) {
      if (due(t, now) && holds(t, now)) {
        fire(t, now);
      }
    }
  }

  private boolean due(int t, long now) {
    Armed a = armed.get(t);
    if (now < a.notBeforeTicks()) {
      return false;
    }
    if (firings[t] == 0) {
      return true;
    }
    return a.trigger().every() && now - lastFiredAt[t] >= a.trigger().cooldownTicks();
  }

  private boolean holds(int t, long now) {
    for (int i = firstCondition[t]; i < firstCondition[t + 1]; i++) {
      if (!holds(i, now, threshold[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(int i, long now, double value) {
    return switch (kind[i]) {
      case BACKLOG -> queues[target[i]].waiting() > value;
      case ENFORCED_SHARE -> {
        int created = campaigns.created[target[i]];
        yield created > 0 && campaigns.enforced[target[i]] >= value * created;
      }
      case TAKEDOWNS -> networks.takedowns >= value;
      case HARM -> recorder.harmSeverity >= value;
      default -> now >= value;
    };
  }

  private void fire(int t, long now) {
    if (firings[t] == 0) {
      firstFiredAt[t] = now;
    }
    firings[t]++;
    lastFiredAt[t] = now;
    Armed a = armed.get(t);
    log.trigger(a.id());
    ImmutableList<Change> changes = a.changes();
    for (int i = 0; i < changes.size(); i++) {
      applier.apply(changes.get(i));
    }
  }

  /** When trigger {@code id} first fired in this replication so far, or -1. */
  long firstFiredAt(String id) {
    long first = -1L;
    for (int t = 0; t < firings.length; t++) {
      if (armed.get(t).id().equals(id) && firstFiredAt[t] >= 0) {
        first = first < 0 ? firstFiredAt[t] : Math.min(first, firstFiredAt[t]);
      }
    }
    return first;
  }

  /**
   * Each trigger's outcome in this replication, for the summary: whether it fired (0 or 1), how
   * many times, and (when it fired) the hours from the start of the timeline to its first firing.
   */
  ImmutableList<GroupValue> groups() {
    MutableList<GroupValue> out = Lists.mutable.empty();
    for (int t = 0; t < firings.length; t++) {
      String id = armed.get(t).id();
      String table = armed.get(t).table();
      if (table.isEmpty()) {
        continue;
      }
      out.add(new GroupValue(table, id, "fired", firings[t] > 0 ? 1 : 0));
      out.add(new GroupValue(table, id, "firings", firings[t]));
      if (firings[t] > 0) {
        out.add(
            new GroupValue(table, id, "first-fire-hours", firstFiredAt[t] / (double) Ticks.HOUR));
      }
    }
    return out.toImmutable();
  }
}
