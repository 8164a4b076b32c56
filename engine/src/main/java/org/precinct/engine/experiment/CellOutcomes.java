package org.precinct.engine.experiment;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
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
  private final CellMode mode;
  private final MutableLongObjectMap<MutableIntObjectMap<double[]>> cells =
      new LongObjectHashMap<>();
  private int cellsRun;

  /**
   * Prepares to run cells with {@code run} on {@code runner}, calling {@code progress} on this
   * thread as cells finish: {@code done} counts every cell run so far, {@code total} every cell
   * requested so far.
   */
  public CellOutcomes(CellRun run, ReplicationRunner runner, ProgressListener progress) {
    this(run, runner, progress, CellMode.ALL);
  }

  /** As {@link #CellOutcomes(CellRun, ReplicationRunner, ProgressListener)}, under {@code mode}. */
  public CellOutcomes(
      CellRun run, ReplicationRunner runner, ProgressListener progress, CellMode mode) {
    this.run = run;
    this.runner = runner;
    this.progress = progress;
    this.mode = mode;
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
    double[][] values = new double[variants.length][];
    if (mode instanceof CellMode.Shard shard) {
      simulate(variants, replications, values, i -> shard.owns(before + (long) i));
      for (int i = 0; i < variants.length; i++) {
        if (values[i] != null) {
          shard.sink().accept(before + (long) i, variants[i], replications[i], values[i]);
        } else {
          values[i] = standIn(variants[i], replications[i]);
        }
      }
    } else if (mode instanceof CellMode.Replay replay) {
      for (int i = 0; i < variants.length; i++) {
        values[i] = replay.source().metricValues(before + (long) i, variants[i], replications[i]);
        progress.replicationDone(before + i + 1, before + variants.length);
      }
    } else if (mode instanceof CellMode.Resume resume) {
      simulate(variants, replications, values, i -> before + (long) i >= resume.recorded());
      for (int i = 0; i < variants.length && before + (long) i < resume.recorded(); i++) {
        values[i] = resume.source().metricValues(before + (long) i, variants[i], replications[i]);
      }
    } else {
      simulate(variants, replications, values, i -> true);
    }
    for (int i = 0; i < variants.length; i++) {
      cells.getIfAbsentPut(variants[i], IntObjectHashMap::new).put(replications[i], values[i]);
    }
    cellsRun = before + variants.length;
  }

  /** Simulates the cells of the batch that {@code mine} selects, in parallel, into values. */
  private void simulate(long[] variants, int[] replications, double[][] values, IntPredicate mine) {
    int[] chosen = IntStream.range(0, variants.length).filter(mine).toArray();
    int before = cellsRun;
    ImmutableList<double[]> results =
        runner.run(
            chosen.length,
            j -> run.metricValues(variants[chosen[j]], replications[chosen[j]]),
            (done, batch) -> progress.replicationDone(before + done, before + chosen.length));
    for (int j = 0; j < chosen.length; j++) {
      values[chosen[j]] = results.get(j);
    }
  }

  /**
   * A shard's stand-in for a cell another shard simulates: finite, distinct per cell, so the
   * experiment's analysis runs through (its result is discarded) without dividing by zero.
   */
  private static double[] standIn(long variant, int replication) {
    long z = variant * 0x9E3779B97F4A7C15L + replication;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    double value = 1 + ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    double[] values = new double[Metric.values().length];
    java.util.Arrays.fill(values, value);
    return values;
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
