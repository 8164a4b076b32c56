package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;

final class CellOutcomesTest {

  private static double[] metrics(long variant, int replication) {
    double[] values = new double[Metric.values().length];
    for (int m = 0; m < values.length; m++) {
      values[m] = SyntheticGames.hash(variant * 100 + m, replication);
    }
    return values;
  }

  @Test
  void everyMetricOfACellComesFromOneRunOnAnyNumberOfThreads() {
    AtomicInteger runs = new AtomicInteger();
    CellOutcomes.CellRun counted =
        (variant, replication) -> {
          runs.incrementAndGet();
          return metrics(variant, replication);
        };
    CellOutcomes parallel =
        new CellOutcomes(counted, new ReplicationRunner(4), ProgressListener.NONE);
    CellOutcomes serial =
        new CellOutcomes(
            CellOutcomesTest::metrics, new ReplicationRunner(1), ProgressListener.NONE);
    long[] variants = {0, 3, 7};
    double[][] harm = parallel.metric(Metric.HARM_DELIVERED).evaluateGrid(variants, 12);
    double[][] hours = parallel.metric(Metric.REVIEWER_HOURS).evaluateGrid(variants, 12);
    assertThat(harm).isDeepEqualTo(serial.metric(Metric.HARM_DELIVERED).evaluateGrid(variants, 12));
    assertThat(hours)
        .isDeepEqualTo(serial.metric(Metric.REVIEWER_HOURS).evaluateGrid(variants, 12));
    assertThat(runs.get()).isEqualTo(36);
    assertThat(parallel.cellsRun()).isEqualTo(36);
  }

  @Test
  void progressCountsEveryCellAcrossBatches() {
    AtomicInteger lastDone = new AtomicInteger();
    AtomicInteger lastTotal = new AtomicInteger();
    CellOutcomes outcomes =
        new CellOutcomes(
            CellOutcomesTest::metrics,
            new ReplicationRunner(2),
            (done, total) -> {
              lastDone.set(done);
              lastTotal.set(total);
            });
    VariantEvaluator harm = outcomes.metric(Metric.HARM_DELIVERED);
    harm.evaluateGrid(new long[] {0, 1}, 5);
    harm.evaluateGrid(new long[] {0, 1}, 8);
    assertThat(lastDone.get()).isEqualTo(16);
    assertThat(lastTotal.get()).isEqualTo(16);
  }
}
