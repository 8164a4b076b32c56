package org.precinct.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.junit.jupiter.api.Test;

final class SpecValidationTest {

  @Test
  void idsMustBeLowercaseKebab() {
    assertThatThrownBy(() -> new MilestoneSpec("Early Voting", "x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a-z0-9-]+")
        .hasMessageContaining("Early Voting");
  }

  @Test
  void probabilitiesOutsideZeroToOneNameTheirField() {
    assertThatThrownBy(() -> new RedirectSpec(true, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redirect share");
  }

  @Test
  void setParameterChecksTheParametersRange() {
    ParameterRef recall = new ParameterRef(Parameter.CLASSIFIER_RECALL, "main");
    assertThatThrownBy(() -> new Change.SetParameter(recall, 1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classifier-recall");
    assertThat(new Change.SetParameter(recall, 0.8).value()).isEqualTo(0.8);
  }

  @Test
  void aGlobalParameterTakesNoTarget() {
    assertThatThrownBy(() -> new ParameterRef(Parameter.REDIRECT_SHARE, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ParameterRef(Parameter.QUEUE_ACCURACY, null).matches("anything")).isTrue();
  }

  @Test
  void aPartnerIsRequiredExactlyOnPartnerPlatforms() {
    assertThatThrownBy(
            () ->
                new ChannelSpec(
                    "app", "App", ChannelKind.PARTNER_PLATFORM, Sets.immutable.empty(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void harmWeightsInterpolateLinearlyAndStayFlatOutside() {
    HarmWeightingSpec w =
        new HarmWeightingSpec(
            Lists.immutable.of(new HarmWeightPoint(-10, 1), new HarmWeightPoint(0, 4)));
    assertThat(w.weight(-30)).isEqualTo(1);
    assertThat(w.weight(-5)).isEqualTo(2.5);
    assertThat(w.weight(3)).isEqualTo(4);
    assertThat(HarmWeightingSpec.flat().weight(-3)).isEqualTo(1);
  }

  @Test
  void categoriesAndParametersParseTheirKebabIds() {
    for (PolicyCategory c : PolicyCategory.values()) {
      assertThat(PolicyCategory.fromId(c.id())).isEqualTo(c);
    }
    assertThat(Parameter.fromId("queue-staff-scale")).isEqualTo(Parameter.QUEUE_STAFF_SCALE);
    assertThat(Parameter.QUEUE_ACCURACY.clamp(3)).isEqualTo(1);
  }

  @Test
  void aScenarioReferringToAnUnknownChannelIsRejected() {
    var builder = org.precinct.engine.model.TestScenarios.small();
    builder.campaigns.add(builder.campaign("ghost", PolicyCategory.SOLICITATION, "nowhere", 1, 1));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void interventionSetsSwitchRelativeToTheDefaults() {
    var spec = org.precinct.engine.model.TestScenarios.small();
    spec.interventions.add(
        new InterventionSpec("surge", "Surge", "d", true, 10, Lists.immutable.empty()));
    spec.interventions.add(
        new InterventionSpec("audit", "Audit", "d", false, 5, Lists.immutable.empty()));
    InterventionSet defaults = InterventionSet.defaults(spec.build());
    assertThat(defaults.isOn("surge")).isTrue();
    assertThat(defaults.isOn("audit")).isFalse();
    assertThat(defaults.with("audit").without("surge").on()).containsExactly("audit");
    assertThat(InterventionSet.none().on()).isEmpty();
  }
}
