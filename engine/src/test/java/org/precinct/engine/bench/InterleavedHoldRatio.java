package org.precinct.engine.bench;

import java.io.PrintStream;
import java.util.Arrays;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Simulation;

/**
 * The hold-model ratio of {@link Simulation} to {@link BareHeap}, measured in alternating short
 * bursts so that both see the same machine load: on a shared machine, JMH's one-after-the-other
 * runs can differ by a factor of two from load alone. Bursts are short (a few milliseconds) so that
 * few are interrupted; interference only slows a burst down, so the best rate of each is the least
 * disturbed estimate. Prints, per size, the best rates, their ratio and the median of the per-round
 * ratios; run by the bench profile after JMH.
 */
public final class InterleavedHoldRatio {

  private static final int[] SIZES = {1_000, 10_000, 100_000};
  private static final int BURST = 20_000;
  private static final int MAX_ROUNDS = 100_000;
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long NANOS_PER_SIZE = 6_000_000_000L;

  private InterleavedHoldRatio() {}

  /** Runs the measurement and prints one line per size. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println(
        "Interleaved hold model, Simulation vs bare heap in alternating bursts of "
            + BURST
            + " events");
    for (int pending : SIZES) {
      out.println(measure(pending));
    }
  }

  private static String measure(int pending) {
    HoldModels models = new HoldModels(pending);
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUpEnd) {
      models.runSimulation(BURST);
      models.runBareHeap(BURST);
    }
    double[] ratios = new double[MAX_ROUNDS];
    double bestSimulation = 0;
    double bestBareHeap = 0;
    int rounds = 0;
    long deadline = System.nanoTime() + NANOS_PER_SIZE;
    while (System.nanoTime() < deadline && rounds < MAX_ROUNDS) {
      long t0 = System.nanoTime();
      models.runSimulation(BURST);
      long t1 = System.nanoTime();
      models.runBareHeap(BURST);
      long t2 = System.nanoTime();
      bestSimulation = Math.max(bestSimulation, BURST * 1e9 / (t1 - t0));
      bestBareHeap = Math.max(bestBareHeap, BURST * 1e9 / (t2 - t1));
      ratios[rounds++] = (t2 - t1) / (double) (t1 - t0);
    }
    Arrays.sort(ratios, 0, rounds);
    return String.format(
        "pending=%,d rounds=%d: best Simulation %.2fM events/s, best bare heap %.2fM events/s,"
            + " ratio of bests %.3f; per-round ratio median %.3f (quartiles %.3f..%.3f)",
        pending,
        rounds,
        bestSimulation / 1e6,
        bestBareHeap / 1e6,
        bestSimulation / bestBareHeap,
        ratios[rounds / 2],
        ratios[rounds / 4],
        ratios[3 * rounds / 4]);
  }

  /** The two hold models side by side, with the same delays. */
  private static final class HoldModels implements EventHandler {
    private final Simulation sim = new Simulation();
    private final BareHeap heap;
    private final HoldDelays simDelays = new HoldDelays(7);
    private final HoldDelays heapDelays = new HoldDelays(7);
    private long sink;

    HoldModels(int pending) {
      heap = new BareHeap(pending);
      for (int entity = 0; entity < pending; entity++) {
        sim.schedule(simDelays.next(), 0, this, 0, entity);
        heap.push(heapDelays.next(), entity);
      }
    }

    @Override
    public void onEvent(int type, long payload) {
      sim.schedule(simDelays.next(), 0, this, type, payload);
    }

    void runSimulation(int events) {
      for (int i = 0; i < events; i++) {
        sim.step();
      }
      sink += sim.now();
    }

    void runBareHeap(int events) {
      for (int i = 0; i < events; i++) {
        heap.pop();
        heap.push(heap.poppedTime() + heapDelays.next(), heap.poppedEntity());
      }
      sink += heap.poppedTime();
    }
  }
}
