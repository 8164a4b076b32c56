package org.precinct.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.validation.MmcParameters;
import org.precinct.engine.validation.MmcQueue;

/**
 * An M/M/10 queue at rho = 0.9 on the production kernel with real random streams and statistics:
 * events per second of a small but complete model.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class MmcBenchmark {

  private Simulation sim;

  @Setup(Level.Trial)
  public void setUp() {
    sim = new Simulation();
    MmcParameters parameters = new MmcParameters(10, 9.0, 1.0, Ticks.ofHours(100), Long.MAX_VALUE);
    new MmcQueue(sim, new RandomStreams(20261127L, 0), parameters).start();
  }

  @Benchmark
  public long mm10AtRhoPoint9() {
    sim.step();
    return sim.now();
  }
}
