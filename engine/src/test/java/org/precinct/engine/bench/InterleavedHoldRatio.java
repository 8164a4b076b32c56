package org.precinct.engine.bench;

import java.io.PrintStream;
import java.util.Arrays;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Simulation;

/**
 * The hold-model ratio of {@link Simulation} to {@link BareHeap}, measured in alternating short
 * bursts so that both see the same machine load: on a shared machine, JMH's one-after-the-other
 * runs can differ by a factor of two from load alone. Prints the median ratio per size; run by the
 * bench profile after JMH.
 */
public final class InterleavedHoldRatio {

  private static final int[] SIZES = {1_000, 10_000, 100_000};
  private static final int BURST = 100_000;
  private static final long NANOS_PER_SIZE = 8_000_000_000L;

  private InterleavedHoldRatio() {}

  /** Runs the measurement and prints one line per size. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("Interleaved hold model: Simulation vs bare heap, median of alternating bursts");
    for (int pending : SIZES) {
      out.println(measure(pending));
    }
  }

  private static String measure(int pending) {
    HoldModels models = new HoldModels(pending);
    for (int i = 0; i < 50; i++) {
      models.runSimulation(BURST);
      models.runBareHeap(BURST);
    }
    double[] ratios = new double[4096];
    double[] simRates = new double[4096];
    int rounds = 0;
    long deadline = System.nanoTime() + NANOS_PER_SIZE;
    while (System.nanoTime() < deadline && rounds < ratios.length) {
      long t0 = System.nanoTime();
      models.runSimulation(BURST);
      long t1 = System.nanoTime();
      models.runBareHeap(BURST);
      long t2 = System.nanoTime();
      simRates[rounds] = BURST * 1e9 / (t1 - t0);
      ratios[rounds] = (t2 - t1) / (double) (t1 - t0);
      rounds++;
    }
    Arrays.sort(ratios, 0, rounds);
    Arrays.sort(simRates, 0, rounds);
    return String.format(
        "pending=%,d  rounds=%d  simulation median %.2fM events/s (best %.2fM)  ratio to bare heap:"
            + " median %.3f, quartiles %.3f..%.3f",
        pending,
        rounds,
        simRates[rounds / 2] / 1e6,
        simRates[rounds - 1] / 1e6,
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
