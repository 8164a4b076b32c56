package org.precinct.scenarios.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.MilestoneSpec;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.format.Fires;
import org.precinct.scenarios.format.WhenYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps an event's {@code when}, {@code fires} and {@code cooldown} to a {@link TriggerSpec},
 * checking every id it names against the scenario (queues, campaigns, milestones) and that each
 * threshold is in range.
 */
final class TriggerMapper {
  private static final String KEYS = "backlog, enforced-share, takedowns, harm or after-milestone";

  private final Checks checks;
  private final TimeResolver time;
  private final ScenarioIds ids;

  TriggerMapper(Checks checks, TimeResolver time, ScenarioIds ids) {
    this.checks = checks;
    this.time = time;
    this.ids = ids;
  }

  /**
   * The trigger at {@code path} (an inject or decision point), {@link TriggerSpec#NONE} if none;
   * checked now, built by the returned supplier inside the event's {@link Checks#build}.
   */
  Supplier<TriggerSpec> trigger(WhenYaml when, Fires fires, DurationValue cooldown, String path) {
    if (when == null) {
      if (fires != null) {
        checks.report(
            YamlPaths.key(path, "fires"),
            "'fires' needs 'when'",
            "a 'when' condition, or no 'fires'");
      }
      if (cooldown != null) {
        checks.report(
            YamlPaths.key(path, "cooldown"),
            "'cooldown' needs 'when' and 'fires: every'",
            "a 'when' condition with 'fires: every', or no 'cooldown'");
      }
      return () -> TriggerSpec.NONE;
    }
    String whenPath = YamlPaths.key(path, "when");
    if (when.backlog() == null
        && when.enforcedShare() == null
        && when.takedowns() == null
        && when.harm() == null
        && when.afterMilestone() == null) {
      checks.report(whenPath, "a condition needs at least one key", KEYS);
      return () -> TriggerSpec.NONE;
    }
    boolean every = fires == Fires.EVERY;
    long cooldownTicks = 0;
    if (cooldown != null) {
      cooldownTicks = cooldown.millis();
      if (!every) {
        checks.report(
            YamlPaths.key(path, "cooldown"),
            "a cooldown only applies with 'fires: every'",
            "'fires: every' beside the cooldown, or no cooldown (an inject fires once by default)");
        cooldownTicks = 0;
      }
    }
    MutableList<Supplier<TriggerCondition>> conditions = conditions(when, whenPath);
    long cooldownMillis = cooldownTicks;
    return () ->
        new TriggerSpec(conditions.collect(Supplier::get).toImmutable(), every, cooldownMillis);
  }

  private MutableList<Supplier<TriggerCondition>> conditions(WhenYaml w, String path) {
    MutableList<Supplier<TriggerCondition>> out = Lists.mutable.empty();
    if (w.backlog() != null) {
      String p = YamlPaths.key(path, "backlog");
      checks.reference(w.backlog().queue(), ids.queues(), "queue", YamlPaths.key(p, "queue"));
      int above = checks.count(w.backlog().above(), YamlPaths.key(p, "above"), 0, 0);
      String queue = w.backlog().queue();
      out.add(() -> new TriggerCondition.Backlog(queue, Math.max(0, above)));
    }
    if (w.enforcedShare() != null) {
      String p = YamlPaths.key(path, "enforced-share");
      String campaign = w.enforcedShare().campaign();
      checks.reference(campaign, ids.campaigns(), "campaign", YamlPaths.key(p, "campaign"));
      double share = checks.fraction(w.enforcedShare().atLeast(), YamlPaths.key(p, "at-least"), 0);
      out.add(() -> new TriggerCondition.EnforcedShare(campaign, clamp(share, 1)));
    }
    if (w.takedowns() != null) {
      double n = atLeast(w.takedowns(), YamlPaths.key(path, "takedowns"));
      int count = (int) Math.ceil(Math.min(n, Integer.MAX_VALUE));
      out.add(() -> new TriggerCondition.Takedowns(count));
    }
    if (w.harm() != null) {
      double harm = atLeast(w.harm(), YamlPaths.key(path, "harm"));
      out.add(() -> new TriggerCondition.Harm(harm));
    }
    if (w.afterMilestone() != null) {
      out.add(afterMilestone(w.afterMilestone(), YamlPaths.key(path, "after-milestone")));
    }
    return out;
  }

  private double atLeast(WhenYaml.AtLeastYaml a, String path) {
    return clamp(checks.nonNegative(a.atLeast(), YamlPaths.key(path, "at-least"), 0), 1e300);
  }

  private Supplier<TriggerCondition> afterMilestone(WhenYaml.AfterMilestoneYaml m, String path) {
    Map<String, Long> milestones = new LinkedHashMap<>();
    if (time.timeline() != null) {
      for (MilestoneSpec s : time.timeline().milestones()) {
        milestones.put(s.id(), s.atTicks());
      }
    }
    String milestonePath = YamlPaths.key(path, "milestone");
    checks.reference(m.milestone(), milestones.keySet(), "milestone", milestonePath);
    long at = milestones.getOrDefault(m.milestone(), 0L);
    long by = m.by().millis();
    return () -> new TriggerCondition.AfterMilestone(m.milestone(), at, by);
  }

  private static double clamp(double value, double max) {
    return Double.isNaN(value) ? 0 : Math.max(0, Math.min(max, value));
  }
}
