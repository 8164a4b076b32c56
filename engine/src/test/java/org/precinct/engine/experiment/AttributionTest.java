package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

final class AttributionTest {

  private static final ImmutableList<String> IDS =
      Lists.immutable.of("refusal", "classifier", "review", "audit", "partner", "takedown");
  private static final double[] BASE = {50, 30, 20, 40, 10, 25};
  private static final double[] REDUCTION = {0.5, 0.2, 0.9, 0.4, 0.3, 0.6};

  private static AttributionResult attribute(VariantEvaluator game, AttributionOptions options) {
    return new Attribution(IDS, game, Direction.LOWER_IS_BETTER, SyntheticGames.streams(7))
        .run(options);
  }

  @Test
  void disjointInterventionsAreRankedByTheirIndividualEffects() {
    AttributionResult result =
        attribute(
            SyntheticGames.disjointChannels(BASE, REDUCTION),
            AttributionOptions.withReplications(20));
    assertThat(result.method()).isEqualTo(AttributionMethod.EXACT);
    assertThat(result.ranking().collect(InterventionAttribution::id))
        .containsExactly("refusal", "review", "audit", "takedown", "classifier", "partner");
    for (InterventionAttribution a : result.ranking()) {
      assertThat(a.shapley().mean()).isCloseTo(a.addOneIn().mean(), within(1e-9));
      assertThat(a.shapley().mean()).isCloseTo(a.leaveOneOut().mean(), within(1e-9));
      assertThat(a.shapley().halfWidth()).isCloseTo(a.addOneIn().halfWidth(), within(1e-9));
    }
  }

  @Test
  void theLargestInteractionIsTheBuiltInOneWithItsSign() {
    double[] effects = {-10, -4, -3, -2, -1, -6};
    AttributionResult result =
        attribute(
            SyntheticGames.withInteraction(effects, 8), AttributionOptions.withReplications(10));
    PairInteraction top = result.interactions().getFirst();
    assertThat(top.firstId()).isEqualTo("refusal");
    assertThat(top.secondId()).isEqualTo("classifier");
    assertThat(top.index().mean()).isCloseTo(8, within(1e-9));
    assertThat(result.interactions()).hasSize(5);
    assertThat(result.of("refusal").shapley().mean()).isCloseTo(-6, within(1e-9));
    assertThat(result.of("refusal").leaveOneOut().mean()).isCloseTo(-2, within(1e-9));
    assertThat(result.of("refusal").addOneIn().mean()).isCloseTo(-10, within(1e-9));
  }

  @Test
  void shapleyValuesShareOutTheTotalChangeFromNoneToAll() {
    AttributionResult result =
        attribute(SyntheticGames.nonAdditive(), AttributionOptions.withReplications(20));
    double sum = result.ranking().sumOfDouble(a -> a.shapley().mean());
    assertThat(sum).isCloseTo(result.total().mean(), within(1e-9));
    assertThat(result.total().mean())
        .isCloseTo(result.allValue().mean() - result.noneValue().mean(), within(1e-9));
  }

  @Test
  void moreInterventionsThanTheExactLimitSwitchToSampledPermutations() {
    AttributionOptions options = AttributionOptions.withReplications(20);
    AttributionOptions sampledOptions =
        new AttributionOptions(
            20, 4, 200, PermutationSampling.ANTITHETIC, 5, 200, Estimate.DEFAULT_LEVEL);
    AttributionResult exact = attribute(SyntheticGames.nonAdditive(), options);
    AttributionResult sampled = attribute(SyntheticGames.nonAdditive(), sampledOptions);
    assertThat(sampled.method()).isEqualTo(AttributionMethod.SAMPLED);
    assertThat(sampled.samples()).isEqualTo(200);
    assertThat(sampled.interactions()).isEmpty();
    for (InterventionAttribution a : sampled.ranking()) {
      InterventionAttribution e = exact.of(a.id());
      assertThat(a.leaveOneOut()).isEqualTo(e.leaveOneOut());
      assertThat(a.addOneIn()).isEqualTo(e.addOneIn());
    }
  }

  @Test
  void aClearLeaderIsFirstInEveryBootstrapResample() {
    double[] base = {100, 10, 10, 10, 10, 10};
    AttributionResult result =
        attribute(
            SyntheticGames.disjointChannels(base, REDUCTION),
            AttributionOptions.withReplications(20));
    RankSpread leader = result.ranking().getFirst().rank();
    assertThat(result.ranking().getFirst().id()).isEqualTo("refusal");
    assertThat(leader.bestRank()).isEqualTo(1);
    assertThat(leader.worstRank()).isEqualTo(1);
    assertThat(leader.topShare()).isEqualTo(1.0);
  }

  @Test
  void aHigherIsBetterMetricRanksTheLargestIncreaseFirst() {
    VariantEvaluator share = VariantEvaluator.ofCells((mask, r) -> Long.bitCount(mask & 6L) * 0.1);
    AttributionResult result =
        new Attribution(
                Lists.immutable.of("a", "b", "c"),
                share,
                Direction.HIGHER_IS_BETTER,
                SyntheticGames.streams(1))
            .run(AttributionOptions.withReplications(5));
    assertThat(result.ranking().collect(InterventionAttribution::id))
        .containsExactly("b", "c", "a");
  }
}
