package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class MemoizedEvaluatorTest {

  @Test
  void eachCellReachesTheDelegateOnceAcrossAndWithinBatches() {
    AtomicInteger calls = new AtomicInteger();
    MemoizedEvaluator memo =
        new MemoizedEvaluator(
            VariantEvaluator.ofCells(
                (variant, r) -> {
                  calls.incrementAndGet();
                  return variant * 100 + r;
                }));
    double[] first = memo.evaluate(new long[] {1, 1, 2}, new int[] {0, 0, 3});
    double[][] grid = memo.evaluateGrid(new long[] {1, 2}, 4);
    assertThat(first).containsExactly(100, 100, 203);
    assertThat(grid[1]).containsExactly(200, 201, 202, 203);
    assertThat(calls.get()).isEqualTo(8);
    assertThat(memo.evaluatedCells()).isEqualTo(8);
  }

  @Test
  void aBatchOfKnownCellsDoesNotCallTheDelegate() {
    AtomicInteger batches = new AtomicInteger();
    MemoizedEvaluator memo =
        new MemoizedEvaluator(
            (variants, replications) -> {
              batches.incrementAndGet();
              return new double[variants.length];
            });
    memo.evaluateGrid(new long[] {0, 1}, 3);
    memo.evaluateGrid(new long[] {1, 0}, 2);
    assertThat(batches.get()).isEqualTo(1);
  }
}
