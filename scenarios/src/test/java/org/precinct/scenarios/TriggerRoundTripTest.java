package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;

final class TriggerRoundTripTest {

  @Test
  void everyKindOfConditionOnAnInjectAndADecisionIsWrittenAndReadBackEqual() {
    ScenarioSpec s = BundledScenarios.load("late-influence-operation");
    long milestone = s.timeline().milestones().getFirst().atTicks();
    TriggerSpec all =
        new TriggerSpec(
            Lists.immutable.of(
                new TriggerCondition.Backlog("trust-safety", 200),
                new TriggerCondition.EnforcedShare("influence-operation", 0.25),
                new TriggerCondition.Takedowns(2),
                new TriggerCondition.Harm(150.5),
                new TriggerCondition.AfterMilestone(
                    s.timeline().milestones().getFirst().id(), milestone, 36 * 3_600_000L)),
            true,
            12 * 3_600_000L);
    InjectSpec first = s.injects().getFirst();
    DecisionPointSpec decision = s.decisionPoints().getFirst();
    TriggerSpec once =
        TriggerSpec.once(Lists.immutable.of(new TriggerCondition.Backlog("trust-safety", 30)));
    ScenarioSpec triggered =
        s.withEvents(
            s.injects().collect(i -> i == first ? i.withTrigger(0, all) : i),
            s.decisionPoints()
                .collect(
                    d ->
                        d == decision
                            ? new DecisionPointSpec(
                                d.id(), d.atTicks(), d.question(), d.options(), once)
                            : d));
    String written = ScenarioWriter.toYaml(triggered);
    LoadResult reloaded =
        ScenarioLoader.load("triggered.yaml", written.getBytes(StandardCharsets.UTF_8));
    assertThat(reloaded.problems()).as(reloaded.report() + "\n" + written).isEmpty();
    assertThat(reloaded.orThrow()).isEqualTo(triggered);
    assertThat(written).contains("fires: every", "cooldown: 12h", "after-milestone:");
  }
}
