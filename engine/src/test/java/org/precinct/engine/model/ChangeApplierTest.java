package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ScenarioSpec;

final class ChangeApplierTest {
  private final ScenarioSpec spec = TestScenarios.small().build();
  private final ScenarioIndex index = new ScenarioIndex(spec);
  private final ModelParameters parameters = new ModelParameters(spec, index);
  private final RecordingEffects recorded = new RecordingEffects();
  private final MutableList<String> effects = recorded.effects;
  private final ChangeApplier applier = new ChangeApplier(parameters, index, recorded);

  /** Records which effects a change asked for. */
  private static final class RecordingEffects implements ChangeEffects {
    final MutableList<String> effects = Lists.mutable.empty();

    @Override
    public void campaignRateChanged(int campaign) {
      effects.add("rate " + campaign);
    }

    @Override
    public void campaignAccountsRaised(int campaign) {
      effects.add("accounts " + campaign);
    }

    @Override
    public void benignRateChanged() {
      effects.add("benign");
    }

    @Override
    public void staffingChanged(int queue) {
      effects.add("staff " + queue);
    }

    @Override
    public void backgroundChanged(int queue) {
      effects.add("background " + queue);
    }

    @Override
    public void classifierRetrained(int classifier) {
      effects.add("retrained " + classifier);
    }

    @Override
    public void redTeamChanged(int classifier) {
      effects.add("red team " + classifier);
    }

    @Override
    public void addStaff(int queue, long from, long to, int staff) {
      effects.add("add " + queue + " " + staff);
    }

    @Override
    public void startCampaign(int campaign) {
      effects.add("start " + campaign);
    }

    @Override
    public void stopCampaign(int campaign) {
      effects.add("stop " + campaign);
    }
  }

  private static Change set(Parameter p, String target, double value) {
    return new Change.SetParameter(new ParameterRef(p, target), value);
  }

  @Test
  void settingRecallMovesTheFalsePositiveRateAlongTheRocCurve() {
    double before = parameters.falsePositiveRate(0);
    applier.apply(set(Parameter.CLASSIFIER_RECALL, "election-misuse", 0.9));
    assertThat(parameters.get(Parameter.CLASSIFIER_RECALL, 0)).isEqualTo(0.9);
    assertThat(parameters.falsePositiveRate(0)).isGreaterThan(before);
    assertThat(effects).containsExactly("benign", "retrained 0");
  }

  @Test
  void scalingAnUntargetedParameterScalesEveryTargetAndClamps() {
    applier.apply(new Change.ScaleParameter(new ParameterRef(Parameter.QUEUE_ACCURACY, ""), 2));
    assertThat(parameters.values(Parameter.QUEUE_ACCURACY)).containsOnly(1.0);
    applier.apply(
        new Change.ScaleParameter(new ParameterRef(Parameter.QUEUE_STAFF_SCALE, "review"), 3));
    assertThat(parameters.get(Parameter.QUEUE_STAFF_SCALE, index.queue("review"))).isEqualTo(3);
    assertThat(effects).containsExactly("staff 0");
  }

  @Test
  void categoryParametersResolveTheirKebabId() {
    applier.apply(set(Parameter.REFUSAL_PROBABILITY, "voter-profiling", 0.99));
    assertThat(
            parameters.get(Parameter.REFUSAL_PROBABILITY, PolicyCategory.VOTER_PROFILING.ordinal()))
        .isEqualTo(0.99);
  }

  @Test
  void campaignChangesReachTheRunningModel() {
    applier.apply(set(Parameter.CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY, "campaign-2", 50));
    applier.apply(set(Parameter.CAMPAIGN_ACCOUNTS, "campaign-2", 100));
    applier.apply(set(Parameter.CAMPAIGN_ACCOUNTS, "campaign-2", 1));
    applier.apply(new Change.StartCampaign("campaign-3"));
    applier.apply(new Change.StopCampaign("campaign-4"));
    assertThat(effects).containsExactly("rate 2", "accounts 2", "start 3", "stop 4");
  }

  @Test
  void togglesSwitchAClassifierAChannelOrEverywhere() {
    applier.apply(new Change.ToggleDefense(DefenseKind.CLASSIFIER, "election-misuse", false));
    assertThat(parameters.classifierOn(0)).isFalse();
    applier.apply(new Change.ToggleDefense(DefenseKind.AUDIT, "api", false));
    assertThat(parameters.defenseOn(index.channel("api"), DefenseKind.AUDIT)).isFalse();
    applier.apply(new Change.ToggleDefense(DefenseKind.REFUSAL, "", false));
    assertThat(parameters.defenseOn(index.channel("consumer-app"), DefenseKind.REFUSAL)).isFalse();
  }

  @Test
  void staffWindowsAndUnknownTargetsAreHandled() {
    applier.apply(new Change.AddStaff("specialist", 0, 10, -2));
    assertThat(effects).containsExactly("add 1 -2");
    assertThatThrownBy(() -> applier.apply(set(Parameter.QUEUE_ACCURACY, "nope", 0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
