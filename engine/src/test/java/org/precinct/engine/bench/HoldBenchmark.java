package org.precinct.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Simulation;

/**
 * The classic hold model: {@code pending} entities each pop and reschedule themselves after an
 * exponential delay. One operation is one event, so the score is events per second, on the
 * production {@link Simulation} and on a {@link BareHeap} with no tie-breaking.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class HoldBenchmark {

  @Param({"1000", "10000", "100000"})
  public int pending;

  private Simulation sim;
  private BareHeap heap;
  private HoldDelays delays;
  private EventHandler hold;

  @Setup(Level.Trial)
  public void setUp() {
    delays = new HoldDelays(20261127L);
    sim = new Simulation();
    hold = (type, payload) -> sim.schedule(delays.next(), 0, hold, type, payload);
    heap = new BareHeap(pending);
    for (int entity = 0; entity < pending; entity++) {
      long delay = delays.next();
      sim.schedule(delay, 0, hold, 0, entity);
      heap.push(delay, entity);
    }
  }

  @Benchmark
  public long simulation() {
    sim.step();
    return sim.now();
  }

  @Benchmark
  public long bareHeap() {
    heap.pop();
    long now = heap.poppedTime();
    heap.push(now + delays.next(), heap.poppedEntity());
    return now;
  }
}
