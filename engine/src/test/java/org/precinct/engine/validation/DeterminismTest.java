package org.precinct.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.ReplicationRunner;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.RandomStreams;

/**
 * A run is a pure function of (model, seed, replication): the same with 1 or 3 threads (7
 * replications, not a multiple of 3), the same twice in one JVM, and the same when stopped and
 * resumed.
 */
final class DeterminismTest {

  private static final MmcParameters QUEUE =
      new MmcParameters(10, 9.0, 1.0, Ticks.ofHours(100), Ticks.ofHours(3_000));

  private static ImmutableList<MmcResult> run(int threads) {
    return new ReplicationRunner(threads).run(7, r -> MmcQueue.replicate(QUEUE, 99, r));
  }

  @Test
  void oneAndThreeThreadsGiveBitIdenticalResults() {
    ImmutableList<MmcResult> sequential = run(1);
    ImmutableList<MmcResult> parallel = run(3);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.collect(MmcResult::meanWaitHours).distinct()).hasSize(7);
  }

  @Test
  void twoRunsInOneJvmAreIdentical() {
    assertThat(run(2)).isEqualTo(run(2));
  }

  @Test
  void aRunStoppedAndResumedEqualsAnUninterruptedRun() {
    MmcResult uninterrupted = MmcQueue.replicate(QUEUE, 99, 4);

    Simulation sim = new Simulation();
    MmcQueue queue = new MmcQueue(sim, new RandomStreams(99, 4), QUEUE);
    queue.start();
    for (long t = Ticks.ofHours(7.3); t < QUEUE.runTicks(); t += Ticks.ofHours(211.7)) {
      sim.runUntil(t);
    }
    sim.runUntil(QUEUE.runTicks());
    assertThat(queue.result()).isEqualTo(uninterrupted);
  }

  @Test
  void aRunHaltedByStopInsideAHandlerResumesIdentically() {
    MmcResult uninterrupted = MmcQueue.replicate(QUEUE, 99, 5);

    Simulation sim = new Simulation();
    MmcQueue queue = new MmcQueue(sim, new RandomStreams(99, 5), QUEUE);
    queue.start();
    sim.scheduleAt(Ticks.ofHours(1234.5), 0, (type, payload) -> sim.stop(), 0, 0);
    sim.runUntil(QUEUE.runTicks());
    assertThat(sim.now()).isEqualTo(Ticks.ofHours(1234.5));
    sim.runUntil(QUEUE.runTicks());
    MmcResult resumed = queue.result();
    assertThat(resumed.meanWaitHours()).isEqualTo(uninterrupted.meanWaitHours());
    assertThat(resumed.utilization()).isEqualTo(uninterrupted.utilization());
    assertThat(resumed.events()).isEqualTo(uninterrupted.events() + 1);
  }
}
