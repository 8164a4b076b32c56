package org.precinct.scenarios.build;

import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.format.Fires;
import org.precinct.scenarios.format.WhenYaml;

/** Writes a {@link TriggerSpec} back as {@code when}, {@code fires} and {@code cooldown}. */
final class TriggerToYaml {
  private TriggerToYaml() {}

  static WhenYaml when(TriggerSpec t) {
    if (!t.isTriggered()) {
      return null;
    }
    WhenYaml.BacklogYaml backlog = null;
    WhenYaml.EnforcedShareYaml share = null;
    WhenYaml.AtLeastYaml takedowns = null;
    WhenYaml.AtLeastYaml harm = null;
    WhenYaml.AfterMilestoneYaml after = null;
    for (TriggerCondition c : t.conditions()) {
      if (c instanceof TriggerCondition.Backlog b) {
        backlog = new WhenYaml.BacklogYaml(b.queueId(), b.above());
      } else if (c instanceof TriggerCondition.EnforcedShare e) {
        share = new WhenYaml.EnforcedShareYaml(e.campaignId(), e.atLeast());
      } else if (c instanceof TriggerCondition.Takedowns d) {
        takedowns = new WhenYaml.AtLeastYaml((double) d.atLeast());
      } else if (c instanceof TriggerCondition.Harm h) {
        harm = new WhenYaml.AtLeastYaml(h.atLeast());
      } else if (c instanceof TriggerCondition.AfterMilestone m) {
        after =
            new WhenYaml.AfterMilestoneYaml(m.milestoneId(), DurationValue.ofMillis(m.byTicks()));
      }
    }
    return new WhenYaml(backlog, share, takedowns, harm, after);
  }

  static Fires fires(TriggerSpec t) {
    return t.isTriggered() && t.every() ? Fires.EVERY : null;
  }

  static DurationValue cooldown(TriggerSpec t) {
    return t.every() && t.cooldownTicks() > 0 ? DurationValue.ofMillis(t.cooldownTicks()) : null;
  }
}
