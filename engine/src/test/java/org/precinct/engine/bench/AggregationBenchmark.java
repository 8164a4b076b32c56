package org.precinct.engine.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.factory.Lists;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * What exact, mergeable aggregation costs next to simulation: thread CPU time to simulate a
 * replication of the default-size test scenario, to fold one outcome into a {@link
 * ResultAggregator}, and to write, read and merge the partial aggregate of a shard; medians of
 * repeated passes. Run like {@link ModelBenchmark} (docs/benchmarks.md), class
 * AggregationBenchmark.
 */
public final class AggregationBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int OUTCOMES = 60;
  private static final int PASSES = 9;

  private AggregationBenchmark() {}

  public static void main(String[] args) throws IOException {
    ScenarioSpec spec = TestScenarios.defaultSize().build();
    RunPlan plan = RunPlan.defaults(spec).withReplications(OUTCOMES).withThreads(1);
    ScenarioRunner runner = new ScenarioRunner(spec);
    RunMetadata metadata = runner.metadata(plan);
    MutableList<ReplicationOutcome> outcomes = Lists.mutable.empty();
    long start = cpu();
    for (int r = 0; r < OUTCOMES; r++) {
      outcomes.add(runner.runReplication(plan, r));
    }
    double simulate = (cpu() - start) / 1e6 / OUTCOMES;
    double[] fold = new double[PASSES];
    double[] partial = new double[PASSES];
    int bytes = 0;
    for (int p = 0; p < PASSES; p++) {
      long t0 = cpu();
      ResultAggregator whole = new ResultAggregator(metadata);
      outcomes.forEach(whole::add);
      whole.result();
      fold[p] = (cpu() - t0) / 1e6 / OUTCOMES;
      long t1 = cpu();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buffer))) {
        whole.write(out);
      }
      ResultAggregator merged = new ResultAggregator(metadata);
      try (DataInputStream in =
          new DataInputStream(
              new GZIPInputStream(new ByteArrayInputStream(buffer.toByteArray())))) {
        merged.add(ResultAggregator.read(metadata, in));
      }
      merged.result();
      partial[p] = (cpu() - t1) / 1e6;
      bytes = buffer.size();
    }
    System.out.printf(
        Locale.ROOT,
        "simulate one replication   %8.2f ms CPU%n"
            + "fold one outcome (exact)   %8.3f ms CPU (%.1f%% of simulating it)%n"
            + "write+read+merge a partial %8.1f ms CPU for %d replications, %,d bytes gzipped%n",
        simulate,
        median(fold),
        100 * median(fold) / simulate,
        median(partial),
        OUTCOMES,
        bytes);
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
