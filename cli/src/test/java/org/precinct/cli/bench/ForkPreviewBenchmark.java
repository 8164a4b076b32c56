package org.precinct.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.tabletop.DecisionStop;
import org.precinct.engine.experiment.tabletop.TabletopSession;
import org.precinct.scenarios.BundledScenarios;

/**
 * The wall time of a tabletop stop's fork previews (every option of the decision run to the end in
 * every replication) for the bundled exercise at its default replications, stop by stop, as the
 * median of several sessions: the wait a room sees between a confirmed choice and the next
 * decision.
 *
 * <p>Run it with the test classpath of the cli module (see docs/benchmarks.md); arguments: the
 * number of sessions (default 3) and of threads (default 2).
 */
public final class ForkPreviewBenchmark {
  static final String SCENARIO = "late-influence-operation";
  static final List<String> PATH = List.of("network-case", "surge-four", "keep-threshold");

  private ForkPreviewBenchmark() {}

  /** Plays the bundled exercise {@code args[0]} times and prints each stop's median time. */
  public static void main(String[] args) {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    var scenario = BundledScenarios.load(SCENARIO);
    RunPlan plan = RunPlan.defaults(scenario).withThreads(threads);
    System.out.printf(
        Locale.ROOT,
        "%s: %d replications, %d threads, %d sessions (the first is a warm-up)%n",
        SCENARIO,
        plan.replications(),
        threads,
        sessions + 1);
    List<long[]> runs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> options = new ArrayList<>();
    for (int run = 0; run <= sessions; run++) {
      TabletopSession session = new TabletopSession(scenario, plan);
      long[] nanos = new long[PATH.size()];
      for (int k = 0; k < PATH.size(); k++) {
        long start = System.nanoTime();
        DecisionStop stop = session.next((done, total) -> {});
        nanos[k] = System.nanoTime() - start;
        if (run == 0) {
          names.add(stop.decision().id());
          options.add(stop.decision().options().size());
        }
        session.choose(PATH.get(k));
      }
      if (run > 0) {
        runs.add(nanos);
      }
    }
    for (int k = 0; k < PATH.size(); k++) {
      final int stop = k;
      double[] seconds = runs.stream().mapToDouble(r -> r[stop] / 1e9).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "stop %d %-20s %d options%s: median %.2f s (runs %s)%n",
          k + 1,
          names.get(k),
          options.get(k),
          k == 0 ? " + the run to it" : "",
          seconds[seconds.length / 2],
          Arrays.toString(
              Arrays.stream(seconds)
                  .mapToObj(s -> String.format(Locale.ROOT, "%.2f", s))
                  .toArray()));
    }
  }
}
