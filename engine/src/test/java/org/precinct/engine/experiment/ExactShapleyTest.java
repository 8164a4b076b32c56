package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ExactShapleyTest {

  private static final double[] BASE = {50, 30, 20, 40, 10, 25};
  private static final double[] REDUCTION = {0.5, 0.2, 0.9, 0.4, 0.3, 0.6};

  @Test
  void disjointInterventionsGetTheirIndividualEffectInEveryReplication() {
    SubsetValues game =
        SubsetValues.evaluate(6, SyntheticGames.disjointChannels(BASE, REDUCTION), 20);
    double[][] phi = ExactShapley.perReplication(game);
    for (int i = 0; i < 6; i++) {
      double[] alone = game.contrast(1 << i, 0);
      double[] lastIn = game.contrast(game.fullMask(), game.fullMask() ^ (1 << i));
      for (int r = 0; r < 20; r++) {
        assertThat(phi[i][r]).isCloseTo(alone[r], within(1e-9));
        assertThat(phi[i][r]).isCloseTo(lastIn[r], within(1e-9));
      }
    }
  }

  @Test
  void shapleyValuesAddUpToTheChangeFromNoneToAllInEveryReplication() {
    SubsetValues game = SubsetValues.evaluate(6, SyntheticGames.nonAdditive(), 10);
    double[][] phi = ExactShapley.perReplication(game);
    double[] total = game.contrast(game.fullMask(), 0);
    for (int r = 0; r < 10; r++) {
      double sum = 0;
      for (double[] player : phi) {
        sum += player[r];
      }
      assertThat(sum).isCloseTo(total[r], within(1e-9));
    }
  }

  @Test
  void aBuiltInInteractionIsSplitEquallyBetweenItsTwoInterventions() {
    double[] effects = {-10, -4, -3, -2, -1, -6};
    SubsetValues game = SubsetValues.evaluate(6, SyntheticGames.withInteraction(effects, 8), 5);
    double[][] phi = ExactShapley.perReplication(game);
    assertThat(phi[0][3]).isCloseTo(-10 + 4, within(1e-9));
    assertThat(phi[1][3]).isCloseTo(-4 + 4, within(1e-9));
    for (int i = 2; i < 6; i++) {
      assertThat(phi[i][3]).isCloseTo(effects[i], within(1e-9));
    }
  }

  @Test
  void theInteractionIndexRecoversTheBuiltInInteractionAndZeroElsewhere() {
    SubsetValues game =
        SubsetValues.evaluate(6, SyntheticGames.withInteraction(new double[6], 8), 3);
    assertThat(ExactShapley.interaction(game, 0, 1)[2]).isCloseTo(8, within(1e-9));
    assertThat(ExactShapley.interaction(game, 1, 0)[2]).isCloseTo(8, within(1e-9));
    assertThat(ExactShapley.interaction(game, 0, 2)[2]).isCloseTo(0, within(1e-9));
    assertThat(ExactShapley.interaction(game, 3, 5)[2]).isCloseTo(0, within(1e-9));
  }

  @Test
  void substitutesShareTheirCommonEffectAndShowAPositiveInteraction() {
    VariantEvaluator eitherBlocks =
        VariantEvaluator.ofCells((mask, r) -> (mask & 3L) != 0 ? 0 : 60);
    SubsetValues game = SubsetValues.evaluate(3, eitherBlocks, 2);
    double[][] phi = ExactShapley.perReplication(game);
    assertThat(phi[0][0]).isCloseTo(-30, within(1e-9));
    assertThat(phi[1][0]).isCloseTo(-30, within(1e-9));
    assertThat(phi[2][0]).isCloseTo(0, within(1e-9));
    assertThat(ExactShapley.interaction(game, 0, 1)[0]).isCloseTo(60, within(1e-9));
  }

  @Test
  void weightsOfEachKindSumToOneOverAllCoalitionSizes() {
    for (int n = 2; n <= 12; n++) {
      double[] shapley = ExactShapley.shapleyWeights(n);
      double[] interaction = ExactShapley.interactionWeights(n);
      double shapleyTotal = 0;
      double interactionTotal = 0;
      for (int s = 0; s < n; s++) {
        shapleyTotal += shapley[s] * ExactShapley.binomial(n - 1, s);
      }
      for (int s = 0; s <= n - 2; s++) {
        interactionTotal += interaction[s] * ExactShapley.binomial(n - 2, s);
      }
      assertThat(shapleyTotal).isCloseTo(1, within(1e-12));
      assertThat(interactionTotal).isCloseTo(1, within(1e-12));
    }
  }
}
