package org.precinct.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;

/**
 * Drives {@link Simulation} and {@link ReferenceScheduler} with the same random workload (events
 * that schedule new ones with random delays and priorities, and cancel random pending ones) and
 * requires the same firing log: exercises ties, lazy cancellation, compaction and, with a small
 * sequence limit, renumbering.
 */
final class SimulationAgainstReferenceTest {

  private static final int INITIAL = 300;
  private static final long TOTAL = 30_000;

  /** The workload; {@code schedule} and {@code cancel} go to whichever scheduler is tested. */
  private abstract static class Workload {
    private final RandomStream random;
    private final MutableLongList liveIds = new LongArrayList();
    private final MutableLongList liveHandles = new LongArrayList();
    final MutableLongList log = new LongArrayList();
    private long nextId;

    Workload(long seed) {
      random = new RandomStreams(seed, 0).stream("workload");
    }

    abstract long schedule(long delay, int priority, long id);

    abstract void cancel(long handle);

    void start() {
      for (int i = 0; i < INITIAL; i++) {
        addOne();
      }
    }

    void fired(long now, long id) {
      log.add(now);
      log.add(id);
      int index = liveIds.indexOf(id);
      removeLiveAt(index);
      addOne();
      if (random.nextDouble() < 0.3 && liveIds.notEmpty()) {
        int victim = random.nextInt(liveIds.size());
        cancel(liveHandles.get(victim));
        removeLiveAt(victim);
        addOne();
      }
    }

    private void addOne() {
      if (nextId < TOTAL) {
        long handle = schedule(random.nextInt(50), random.nextInt(3) - 1, nextId);
        liveIds.add(nextId++);
        liveHandles.add(handle);
      }
    }

    private void removeLiveAt(int index) {
      int last = liveIds.size() - 1;
      liveIds.set(index, liveIds.get(last));
      liveHandles.set(index, liveHandles.get(last));
      liveIds.removeAtIndex(last);
      liveHandles.removeAtIndex(last);
    }
  }

  private static MutableLongList runSimulation(long seed, long sequenceLimit) {
    Simulation sim = new Simulation(8, sequenceLimit);
    Workload[] holder = new Workload[1];
    EventHandler handler = (type, id) -> holder[0].fired(sim.now(), id);
    holder[0] =
        new Workload(seed) {
          @Override
          long schedule(long delay, int priority, long id) {
            return sim.schedule(delay, priority, handler, 0, id);
          }

          @Override
          void cancel(long handle) {
            sim.cancel(handle);
          }
        };
    holder[0].start();
    sim.runUntil(Long.MAX_VALUE);
    assertThat(sim.pendingCount()).isZero();
    return holder[0].log;
  }

  private static MutableLongList runReference(long seed) {
    ReferenceScheduler reference = new ReferenceScheduler();
    Workload workload =
        new Workload(seed) {
          @Override
          long schedule(long delay, int priority, long id) {
            return reference.schedule(delay, priority, id);
          }

          @Override
          void cancel(long handle) {
            reference.cancel(handle);
          }
        };
    workload.start();
    while (!reference.isEmpty()) {
      long id = reference.next();
      workload.fired(reference.now(), id);
    }
    return workload.log;
  }

  @Test
  void simulationFiresExactlyLikeTheReference() {
    MutableLongList expected = runReference(5);
    assertThat(expected.size() / 2).isGreaterThan(20_000);
    assertThat(runSimulation(5, 1L << 32)).isEqualTo(expected);
  }

  @Test
  void renumberingTheSequenceChangesNothing() {
    assertThat(runSimulation(6, 1_000)).isEqualTo(runReference(6));
  }
}
