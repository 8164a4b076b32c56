package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

final class SensitivityTest {

  private static final ImmutableList<SensitivityParameter> PARAMETERS =
      Lists.immutable.of(
          new SensitivityParameter("recall", "Classifier recall", 0, 0.5, 1),
          new SensitivityParameter("delay", "Partner delay", 0, 0.5, 1),
          new SensitivityParameter("inert", "Inert assumption", 0, 0.5, 1));

  /** y = 3 x0 + x1 + noise: shares 9/10 and 1/10 of the parameter-driven variance. */
  private static VariantEvaluator linear(SensitivityDesign design, double noise) {
    return VariantEvaluator.ofCells(
        (variant, r) -> {
          double[] x = design.point(variant);
          return 3 * x[0] + x[1] + noise * (SyntheticGames.hash(r, 11) - 0.5);
        });
  }

  @Test
  void tornadoBarsAreOrderedBySwingAndPairedByReplication() {
    SensitivityDesign design =
        SensitivityDesign.create(PARAMETERS, 40, SyntheticGames.streams(1).stream("lhs"));
    SensitivityResult result =
        Sensitivity.run(
            design,
            linear(design, 1),
            Direction.LOWER_IS_BETTER,
            new SensitivityOptions(10, 40, 200, 0.95),
            SyntheticGames.streams(2));
    assertThat(result.bars().collect(TornadoBar::id)).containsExactly("recall", "delay", "inert");
    TornadoBar recall = result.bars().getFirst();
    assertThat(recall.swing().mean()).isCloseTo(3, within(1e-9));
    assertThat(recall.swing().halfWidth()).isCloseTo(0, within(1e-9));
    assertThat(recall.atLow().halfWidth()).isGreaterThan(0.1);
    assertThat(result.centre().mean()).isCloseTo(2, within(0.2));
  }

  @Test
  void varianceSharesRecoverALinearModelsSquaredCoefficients() {
    SensitivityDesign design =
        SensitivityDesign.create(PARAMETERS, 1000, SyntheticGames.streams(3).stream("lhs"));
    SensitivityResult result =
        Sensitivity.run(
            design,
            linear(design, 0),
            Direction.LOWER_IS_BETTER,
            new SensitivityOptions(2, 1000, 200, 0.95),
            SyntheticGames.streams(4));
    assertThat(result.shares().collect(VarianceShare::id))
        .containsExactly("recall", "delay", "inert");
    double[] truth = {0.9, 0.1, 0};
    for (int i = 0; i < 3; i++) {
      VarianceShare share = result.shares().get(i);
      assertThat(share.share()).isCloseTo(truth[i], within(0.05));
      assertThat(share.ciLow()).isLessThanOrEqualTo(truth[i]);
      assertThat(share.ciHigh()).isGreaterThanOrEqualTo(truth[i]);
    }
    assertThat(result.noiseShare()).isZero();
  }

  @Test
  void simulationNoiseShowsAsUnexplainedVarianceNotAsAParameterShare() {
    SensitivityDesign design =
        SensitivityDesign.create(PARAMETERS, 400, SyntheticGames.streams(5).stream("lhs"));
    SensitivityResult result =
        Sensitivity.run(
            design,
            linear(design, 6),
            Direction.LOWER_IS_BETTER,
            new SensitivityOptions(100, 400, 200, 0.95),
            SyntheticGames.streams(6));
    double explained = result.shares().sumOfDouble(VarianceShare::share);
    // noise variance 36 / 12 = 3 against 10 / 12 from the parameters: a share of about 0.78
    assertThat(result.noiseShare()).isBetween(0.65, 0.9);
    assertThat(explained + result.noiseShare()).isCloseTo(1, within(0.2));
    assertThat(result.shares().detect(s -> s.id().equals("inert")).share()).isLessThan(0.05);
  }

  @Test
  void latinHypercubePointsFillEveryStratumOfEveryCoordinateOnce() {
    double[][] u = LatinHypercube.sample(3, 50, SyntheticGames.streams(8).stream("lhs"));
    for (int d = 0; d < 3; d++) {
      boolean[] seen = new boolean[50];
      for (double[] point : u) {
        seen[(int) (point[d] * 50)] = true;
      }
      assertThat(seen).doesNotContain(false);
    }
  }
}
