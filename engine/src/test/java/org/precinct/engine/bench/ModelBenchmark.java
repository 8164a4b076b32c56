package org.precinct.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The model's speed and scale figures of issue 3, as a plain main (a replication takes milliseconds
 * to seconds, beyond JMH's sweet spot): threat requests per second and nanoseconds per request on
 * the default-size scenario next to the kernel's nanoseconds per event, the stress scenario at
 * 10,000 and 20,000 accounts (medians of 5 runs, peak heap), and retained heap against the number
 * of replications folded. Run it as docs/model.md says, with {@code -Xmx512m}.
 */
public final class ModelBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ModelBenchmark() {}

  public static void main(String[] args) {
    String only = args.length == 0 ? "all" : args[0];
    System.out.printf(
        "max heap %d MiB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    if (only.equals("all") || only.equals("default")) {
      defaultSize();
    }
    if (only.equals("all") || only.equals("stress")) {
      stress();
    }
    if (only.equals("all") || only.equals("heap")) {
      heap();
    }
  }

  /** One run: wall and CPU nanoseconds, threat requests, benign requests simulated, events. */
  private record Run(long wallNanos, long cpuNanos, long threat, long benign, long events) {
    long requests() {
      return threat + benign;
    }

    double nanosPerRequest() {
      return (double) cpuNanos / requests();
    }
  }

  private static Run replicate(ScenarioSpec spec, int replication) {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    ElectionModel model =
        new ElectionModel(spec, InterventionSet.none(), Lists.immutable.empty(), 7L, replication);
    model.run();
    return new Run(
        System.nanoTime() - wall,
        THREADS.getCurrentThreadCpuTime() - cpu,
        model.threatRequests(),
        model.benignRequestsSimulated(),
        model.eventsProcessed());
  }

  private static void defaultSize() {
    ScenarioSpec spec = TestScenarios.defaultSize().build();
    for (int r = 0; r < 15; r++) {
      replicate(spec, r);
    }
    Run[] runs = new Run[25];
    for (int r = 0; r < runs.length; r++) {
      runs[r] = replicate(spec, 100 + r);
    }
    Run m = medianByCpu(runs);
    System.out.println(
        "== default-size scenario: 45 days, 10 campaigns, ~300 accounts, 280,000 benign requests/day ==");
    System.out.printf(
        "replication: median %.1f ms CPU (%.1f ms wall); %,d threat requests, %,d benign simulated, %,d events%n",
        m.cpuNanos / 1e6, m.wallNanos / 1e6, m.threat, m.benign, m.events);
    System.out.printf(
        "threat requests/s %,.0f; simulated requests/s %,.0f; model ns/request %.0f; model ns/event %.0f%n",
        m.threat / (m.cpuNanos / 1e9),
        m.requests() / (m.cpuNanos / 1e9),
        (double) m.cpuNanos / m.requests(),
        (double) m.cpuNanos / m.events);
    System.out.printf(
        "kernel alone (hold model, 1,000 pending): ns/event %.0f%n", kernelNanosPerEvent(1_000));
  }

  /**
   * The bare kernel's cost per event: each pending entity reschedules itself after Exp(1) hours.
   */
  private static double kernelNanosPerEvent(int pending) {
    double best = Double.MAX_VALUE;
    for (int trial = 0; trial < 5; trial++) {
      Simulation sim = new Simulation();
      RandomStream rs = new RandomStreams(1L, trial).stream("hold");
      org.precinct.engine.kernel.EventHandler[] hold =
          new org.precinct.engine.kernel.EventHandler[1];
      hold[0] =
          (type, payload) ->
              sim.schedule((long) rs.exponential(3_600_000.0), 0, hold[0], type, payload);
      for (int e = 0; e < pending; e++) {
        sim.schedule((long) rs.exponential(3_600_000.0), 0, hold[0], 0, e);
      }
      long cpu = THREADS.getCurrentThreadCpuTime();
      sim.runUntil(3_000L * 3_600_000L);
      best =
          Math.min(
              best, (double) (THREADS.getCurrentThreadCpuTime() - cpu) / sim.eventsProcessed());
    }
    return best;
  }

  /**
   * The stress scenario at 10,000 and 20,000 accounts, one warm-up each, then 5 rounds that run one
   * replication of each in turn (so both sizes see the same machine load), medians by CPU time.
   */
  private static void stress() {
    System.out.println(
        "== stress: 60 days, 50 campaigns, 1,000,000 benign requests/day (medians of 5) ==");
    int[] sizes = {10_000, 20_000};
    ScenarioSpec[] specs = {
      TestScenarios.stress(sizes[0]).build(), TestScenarios.stress(sizes[1]).build()
    };
    Run[][] runs = new Run[2][5];
    long[] peak = new long[2];
    replicate(specs[0], 0);
    replicate(specs[1], 0);
    for (int r = 0; r < 5; r++) {
      for (int k = 0; k < 2; k++) {
        resetPeaks();
        runs[k][r] = replicate(specs[k], 1 + r);
        peak[k] = Math.max(peak[k], peakHeapMiB());
      }
    }
    double[] perRequest = new double[2];
    for (int k = 0; k < 2; k++) {
      perRequest[k] = median(Arrays.stream(runs[k]).mapToDouble(Run::nanosPerRequest).toArray());
      report(sizes[k], medianByCpu(runs[k]), perRequest[k], peak[k]);
    }
    double[] paired = new double[5];
    for (int r = 0; r < 5; r++) {
      paired[r] = runs[1][r].nanosPerRequest() / runs[0][r].nanosPerRequest();
    }
    System.out.printf(
        "ns/request ratio (20,000 / 10,000 accounts): medians %.2f; median of the 5 paired rounds %.2f%n",
        perRequest[1] / perRequest[0], median(paired));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void report(int accounts, Run m, double nsPerRequest, long peakMiB) {
    System.out.printf(
        "%,d accounts: median run %.2f s CPU (%.2f s wall); %,d threat + %,d benign requests; %,d events; median ns/request %.0f; peak heap %d MiB%n",
        accounts,
        m.cpuNanos / 1e9,
        m.wallNanos / 1e9,
        m.threat,
        m.benign,
        m.events,
        nsPerRequest,
        peakMiB);
    System.out.printf(
        "  threat requests/s %,.0f; simulated requests/s %,.0f; model ns/event %.0f%n",
        m.threat / (m.cpuNanos / 1e9),
        m.requests() / (m.cpuNanos / 1e9),
        (double) m.cpuNanos / m.events);
  }

  private static void heap() {
    System.out.println("== retained heap while folding replications (small scenario) ==");
    ScenarioSpec spec = TestScenarios.small().build();
    ScenarioRunner runner = new ScenarioRunner(spec);
    RunPlan plan = RunPlan.defaults(spec).withReplications(1_000);
    ResultAggregator aggregator = new ResultAggregator(runner.metadata(plan));
    int[] checkpoints = {100, 300, 600, 1_000};
    int next = 0;
    for (int r = 0; r < 1_000; r++) {
      aggregator.add(runner.runReplication(plan, r));
      if (r + 1 == checkpoints[next]) {
        System.out.printf(
            "after %,5d replications: %6.1f MiB used after GC%n", r + 1, usedAfterGcMiB());
        next++;
      }
    }
    System.out.printf(
        "result: %d metrics, %d daily and %d hourly series%n",
        aggregator.result().metrics().size(),
        aggregator.result().dailySeries().size(),
        aggregator.result().hourlySeries().size());
  }

  private static Run medianByCpu(Run[] runs) {
    Run[] sorted = runs.clone();
    Arrays.sort(sorted, (a, b) -> Long.compare(a.cpuNanos, b.cpuNanos));
    return sorted[sorted.length / 2];
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private static double usedAfterGcMiB() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }
}
