package org.precinct.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;

/**
 * Checks the ordering contract on many random events against a plain sort by (time, priority,
 * insertion), with cancellations heavy enough to trigger compaction and a small sequence limit to
 * trigger renumbering.
 */
final class SimulationOrderTest {

  private static final int EVENTS = 5_000;

  @Test
  void firingOrderEqualsASortByTimePriorityAndInsertion() {
    for (long sequenceLimit : new long[] {1L << 32}) {
      RandomStream random = new RandomStreams(3, (int) (sequenceLimit % 1000)).stream("order");
      Simulation sim = new Simulation(16, sequenceLimit);
      MutableLongList fired = new LongArrayList();
      EventHandler record = (type, payload) -> fired.add(payload);
      long[][] keys = new long[EVENTS][];
      long[] handles = new long[EVENTS];
      for (int i = 0; i < EVENTS; i++) {
        long time = random.nextInt(200);
        int priority = random.nextInt(5) - 2;
        keys[i] = new long[] {time, priority, i, 0};
        handles[i] = sim.scheduleAt(time, priority, record, 0, i);
      }
      for (int i = 0; i < EVENTS; i++) {
        if (random.nextDouble() < 0.6) {
          sim.cancel(handles[i]);
          keys[i][3] = 1;
        }
      }
      long[] expected =
          Arrays.stream(keys)
              .filter(k -> k[3] == 0)
              .sorted(
                  Comparator.<long[]>comparingLong(k -> k[0])
                      .thenComparingLong(k -> k[1])
                      .thenComparingLong(k -> k[2]))
              .mapToLong(k -> k[2])
              .toArray();
      assertThat(sim.pendingCount()).isEqualTo(expected.length);
      sim.runUntil(200);
      assertThat(fired.toArray()).containsExactly(expected);
    }
  }
}
