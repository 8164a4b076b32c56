package org.precinct.engine.experiment;

import java.util.Arrays;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.primitive.MutableIntObjectMap;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.precinct.engine.result.Metric;

/**
 * Runs (variant, replication) cells of a model on all cores and keeps every metric of every cell,
 * so one set of runs serves the chosen metric and the costs beside it, and no cell is ever run
 * twice (sequential replication and repeated reports only add new cells).
 *
 * <p>A batch is reduced to its unseen cells, which run through a {@link ReplicationRunner} in
 * parallel; each cell's values depend only on (variant, replication), so results are identical for
 * any thread count. Confine an instance to one thread; the runner's workers never touch it.
 */
public final class CellOutcomes {

  private final CellRun run;
  private final ReplicationRunner runner;
  private final ProgressListener progress;
  private final MutableLongObjectMap<MutableIntObjectMap<double[]>> cells =
      new LongObjectHashMap<>();
  private int cellsRun;

  /**
   * Prepares to run cells with {@code run} on {@code runner}, calling {@code progress} on this
   * thread as cells finish: {@code done} counts every cell run so far, {@code total} every cell
   * requested so far.
   */
  public CellOutcomes(CellRun run, ReplicationRunner runner, ProgressListener progress) {
    this.run = run;
    this.runner = runner;
    this.progress = progress;
  }

  /** The evaluator of one metric over these cells. */
  public VariantEvaluator metric(Metric metric) {
    return (variants, replications) -> {
      ensure(variants, replications);
      double[] values = new double[variants.length];
      for (int i = 0; i < variants.length; i++) {
        values[i] = cells.get(variants[i]).get(replications[i])[metric.ordinal()];
      }
      return values;
    };
  }

  /** The number of cells run so far. */
  public int cellsRun() {
    return cellsRun;
  }

  private void ensure(long[] variants, int[] replications) {
    long[] missingVariants = new long[variants.length];
    int[] missingReplications = new int[variants.length];
    int missing = 0;
    MutableLongObjectMap<MutableIntObjectMap<double[]>> pending = new LongObjectHashMap<>();
    for (int i = 0; i < variants.length; i++) {
      if (known(cells, variants[i], replications[i])
          || known(pending, variants[i], replications[i])) {
        continue;
      }
      pending.getIfAbsentPut(variants[i], IntObjectHashMap::new).put(replications[i], null);
      missingVariants[missing] = variants[i];
      missingReplications[missing] = replications[i];
      missing++;
    }
    if (missing > 0) {
      runBatch(
          Arrays.copyOf(missingVariants, missing), Arrays.copyOf(missingReplications, missing));
    }
  }

  private void runBatch(long[] variants, int[] replications) {
    int before = cellsRun;
    int total = before + variants.length;
    ImmutableList<double[]> values =
        runner.run(
            variants.length,
            i -> run.metricValues(variants[i], replications[i]),
            (done, batch) -> progress.replicationDone(before + done, total));
    for (int i = 0; i < variants.length; i++) {
      cells.getIfAbsentPut(variants[i], IntObjectHashMap::new).put(replications[i], values.get(i));
    }
    cellsRun = total;
  }

  private static boolean known(
      MutableLongObjectMap<MutableIntObjectMap<double[]>> map, long variant, int replication) {
    MutableIntObjectMap<double[]> row = map.get(variant);
    return row != null && row.containsKey(replication);
  }

  /** One simulation run: every metric of a variant in one replication, by metric ordinal. */
  @FunctionalInterface
  public interface CellRun {
    /** Runs {@code variant} in {@code replication}; must be a pure function of the two. */
    double[] metricValues(long variant, int replication);
  }
}
