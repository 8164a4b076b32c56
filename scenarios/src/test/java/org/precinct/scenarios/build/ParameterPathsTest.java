package org.precinct.scenarios.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.TargetKind;
import org.precinct.scenarios.BundledScenarios;

final class ParameterPathsTest {

  @ParameterizedTest
  @EnumSource(Parameter.class)
  void everyEngineParameterHasAPathThatParsesBackToIt(Parameter parameter) {
    assertThat(ParameterPaths.template(parameter))
        .as("add %s to ParameterPaths", parameter)
        .isPresent();
    String target = parameter.target() == TargetKind.CATEGORY ? "solicitation" : "x";
    ParameterRef ref =
        new ParameterRef(parameter, parameter.target() == TargetKind.NONE ? "" : target);
    ParameterPaths.ParsedPath parsed = ParameterPaths.parse(ParameterPaths.format(ref));
    assertThat(parsed.parameter()).isEqualTo(parameter);
  }

  @Test
  void wildcardTargetMeansEveryElement() {
    ParameterRef ref = new ParameterRef(Parameter.PARTNER_DELAY_SCALE, "");
    assertThat(ParameterPaths.format(ref)).isEqualTo("channels.*.partner-delay-scale");
    assertThat(
            ParameterPaths.resolve(
                "channels.*.partner-delay-scale", BundledScenarios.load("us-2024-general")))
        .isEqualTo(ref);
  }

  @Test
  void resolvingAMisspeltTargetSuggestsTheDeclaredId() {
    assertThatThrownBy(
            () ->
                ParameterPaths.resolve(
                    "classifiers.misinf.recall", BundledScenarios.load("us-2024-general")))
        .hasMessageContaining("did you mean 'misinfo'?");
  }

  @Test
  void misspeltFieldKeepsTheTargetInTheSuggestion() {
    assertThat(ParameterPaths.parse("queues.tier-1.acuracy").message())
        .contains("did you mean 'queues.tier-1.accuracy'?");
  }
}
