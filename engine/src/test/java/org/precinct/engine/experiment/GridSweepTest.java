package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

final class GridSweepTest {

  private static final SweepAxis STAFF =
      new SweepAxis("staff", "Reviewers", new double[] {4, 8, 12});
  private static final SweepAxis RECALL =
      new SweepAxis("recall", "Classifier recall", new double[] {0.5, 0.7, 0.9, 0.95});

  @Test
  void twoAxesRunRowMajorWithTheSecondAxisFastest() {
    ImmutableList<SweepAxis> axes = Lists.immutable.of(STAFF, RECALL);
    VariantEvaluator harm =
        VariantEvaluator.ofCells(
            (variant, r) -> {
              double staff = STAFF.value((int) variant / 4);
              double recall = RECALL.value((int) variant % 4);
              return 1000 / staff * (1 - recall) + SyntheticGames.hash(variant, r);
            });
    SweepResult result = GridSweep.run(axes, harm, Direction.LOWER_IS_BETTER, 10, 0.95);
    assertThat(result.cells()).hasSize(12);
    assertThat(result.at(1, 2).mean()).isCloseTo(1000 / 8.0 * 0.1 + 0.5, within(0.3));
    assertThat(result.bestIndex()).isEqualTo(11);
  }

  @Test
  void oneAxisIsIndexedByItsPosition() {
    VariantEvaluator value = VariantEvaluator.ofCells((variant, r) -> variant * 2.0);
    SweepResult result =
        GridSweep.run(Lists.immutable.of(STAFF), value, Direction.HIGHER_IS_BETTER, 3, 0.95);
    assertThat(result.at(2).mean()).isEqualTo(4.0);
    assertThat(result.bestIndex()).isEqualTo(2);
  }

  @Test
  void anAxisWithoutValuesIsRejected() {
    assertThatThrownBy(() -> new SweepAxis("staff", "Reviewers", new double[0]))
        .hasMessageContaining("staff");
  }
}
