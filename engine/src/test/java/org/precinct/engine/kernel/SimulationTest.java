package org.precinct.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.Test;

final class SimulationTest {

  private final Simulation sim = new Simulation();
  private final MutableLongList fired = new LongArrayList();
  private final EventHandler record = (type, payload) -> fired.add(payload);

  @Test
  void eventsFireInTimeOrder() {
    sim.schedule(30, 0, record, 0, 3);
    sim.schedule(10, 0, record, 0, 1);
    sim.schedule(20, 0, record, 0, 2);
    sim.runUntil(100);
    assertThat(fired.toArray()).containsExactly(1, 2, 3);
  }

  @Test
  void equalTimesFireByPriorityThenInsertionOrder() {
    sim.schedule(5, 1, record, 0, 10);
    sim.schedule(5, 0, record, 0, 20);
    sim.schedule(5, 1, record, 0, 11);
    sim.schedule(5, -3, record, 0, 30);
    sim.schedule(5, 0, record, 0, 21);
    sim.schedule(5, Integer.MAX_VALUE, record, 0, 40);
    sim.schedule(5, Integer.MIN_VALUE, record, 0, 50);
    sim.runUntil(5);
    assertThat(fired.toArray()).containsExactly(50, 30, 20, 21, 10, 11, 40);
  }

  @Test
  void manyTiesKeepInsertionOrderThroughHeapGrowth() {
    for (int i = 0; i < 10_000; i++) {
      sim.schedule(7, 0, record, 0, i);
    }
    sim.runUntil(7);
    for (int i = 0; i < 10_000; i++) {
      assertThat(fired.get(i)).isEqualTo(i);
    }
  }

  @Test
  void sequenceRenumberingKeepsTheOrderOfPendingEvents() {
    Simulation small = new Simulation(4, 8);
    EventHandler rescheduleTwice =
        (type, payload) -> {
          fired.add(payload);
          if (payload < 100) {
            small.schedule(0, 0, record, 0, payload + 100);
          }
        };
    for (int i = 0; i < 20; i++) {
      small.schedule(i % 2, 0, rescheduleTwice, 0, i);
    }
    small.runUntil(10);
    assertThat(fired.toArray())
        .containsExactly(
            0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 1,
            3, 5, 7, 9, 11, 13, 15, 17, 19, 101, 103, 105, 107, 109, 111, 113, 115, 117, 119);
  }

  @Test
  void runUntilFiresEventsAtTheEndTimeAndSetsTheClockToIt() {
    sim.schedule(10, 0, record, 0, 1);
    sim.schedule(11, 0, record, 0, 2);
    sim.runUntil(10);
    assertThat(fired.toArray()).containsExactly(1);
    assertThat(sim.now()).isEqualTo(10);
    assertThat(sim.pendingCount()).isEqualTo(1);
    sim.runUntil(25);
    assertThat(fired.toArray()).containsExactly(1, 2);
    assertThat(sim.now()).isEqualTo(25);
    assertThat(sim.eventsProcessed()).isEqualTo(2);
  }

  @Test
  void runUntilNowFiresEventsScheduledAtNowWithZeroDelay() {
    sim.runUntil(50);
    sim.schedule(0, 0, (t, p) -> sim.schedule(0, 0, record, 0, 2), 0, 1);
    sim.runUntil(50);
    assertThat(fired.toArray()).containsExactly(2);
    assertThat(sim.now()).isEqualTo(50);
  }

  @Test
  void handlerSeesTheEventTimeAsNow() {
    sim.schedule(42, 0, (type, payload) -> fired.add(sim.now()), 0, 0);
    sim.runUntil(1000);
    assertThat(fired.toArray()).containsExactly(42);
  }

  @Test
  void typeAndPayloadReachTheHandler() {
    long[] seen = new long[2];
    sim.schedule(
        1,
        0,
        (type, payload) -> {
          seen[0] = type;
          seen[1] = payload;
        },
        7,
        Long.MIN_VALUE);
    sim.runUntil(1);
    assertThat(seen).containsExactly(7, Long.MIN_VALUE);
  }

  @Test
  void stopReturnsAfterTheCurrentEventWithTheClockAtItsTime() {
    sim.schedule(10, 0, (t, p) -> sim.stop(), 0, 0);
    sim.schedule(10, 1, record, 0, 1);
    sim.schedule(20, 0, record, 0, 2);
    sim.runUntil(100);
    assertThat(sim.now()).isEqualTo(10);
    assertThat(fired.toArray()).isEmpty();
    sim.runUntil(100);
    assertThat(fired.toArray()).containsExactly(1, 2);
    assertThat(sim.now()).isEqualTo(100);
  }

  @Test
  void stepFiresOneEventRegardlessOfItsTime() {
    sim.schedule(1_000_000, 0, record, 0, 9);
    assertThat(sim.step()).isTrue();
    assertThat(sim.now()).isEqualTo(1_000_000);
    assertThat(sim.step()).isFalse();
  }

  @Test
  void cancelledEventsDoNotFire() {
    long a = sim.schedule(10, 0, record, 0, 1);
    long b = sim.schedule(20, 0, record, 0, 2);
    sim.schedule(30, 0, record, 0, 3);
    assertThat(sim.isPending(b)).isTrue();
    sim.cancel(b);
    assertThat(sim.isPending(b)).isFalse();
    assertThat(sim.pendingCount()).isEqualTo(2);
    sim.runUntil(100);
    assertThat(fired.toArray()).containsExactly(1, 3);
    assertThat(sim.isPending(a)).isFalse();
  }

  @Test
  void cancellingFromTheMiddleOfALargeHeapKeepsOrder() {
    long[] handles = new long[1000];
    for (int i = 0; i < 1000; i++) {
      handles[i] = sim.schedule((i * 7919L) % 1000, 0, record, 0, (i * 7919L) % 1000);
    }
    for (int i = 0; i < 1000; i += 3) {
      sim.cancel(handles[i]);
    }
    sim.runUntil(1000);
    assertThat(fired.size()).isEqualTo(666);
    for (int i = 1; i < fired.size(); i++) {
      assertThat(fired.get(i)).isGreaterThan(fired.get(i - 1));
    }
  }

  @Test
  void cancellingMostOfAHeapCompactsItAndKeepsOrder() {
    long[] handles = new long[2000];
    for (int i = 0; i < 2000; i++) {
      handles[i] = sim.schedule(1 + (i * 7919L) % 2000, 0, record, 0, 1 + (i * 7919L) % 2000);
    }
    for (int i = 0; i < 2000; i++) {
      if (i % 10 != 0) {
        sim.cancel(handles[i]);
      }
    }
    assertThat(sim.pendingCount()).isEqualTo(200);
    sim.runUntil(5000);
    assertThat(fired.size()).isEqualTo(200);
    for (int i = 1; i < fired.size(); i++) {
      assertThat(fired.get(i)).isGreaterThan(fired.get(i - 1));
    }
    assertThat(sim.eventsProcessed()).isEqualTo(200);
  }

  @Test
  void stepSkipsCancelledEvents() {
    long first = sim.schedule(5, 0, record, 0, 1);
    sim.schedule(6, 0, record, 0, 2);
    sim.cancel(first);
    assertThat(sim.pendingCount()).isEqualTo(1);
    assertThat(sim.step()).isTrue();
    assertThat(fired.toArray()).containsExactly(2);
    assertThat(sim.step()).isFalse();
  }

  @Test
  void cancellingTwiceFailsLoudly() {
    long handle = sim.schedule(10, 0, record, 0, 1);
    sim.cancel(handle);
    assertThatThrownBy(() -> sim.cancel(handle))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already fired or was cancelled");
  }

  @Test
  void cancellingAFiredEventFailsLoudly() {
    long handle = sim.schedule(10, 0, record, 0, 1);
    sim.runUntil(10);
    assertThatThrownBy(() -> sim.cancel(handle))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already fired or was cancelled");
  }

  @Test
  void aStaleHandleDoesNotCancelTheEventThatReusedItsSlot() {
    long first = sim.schedule(10, 0, record, 0, 1);
    sim.cancel(first);
    sim.runUntil(20);
    long second = sim.schedule(10, 0, record, 0, 2);
    assertThat((int) second).isEqualTo((int) first);
    assertThatThrownBy(() -> sim.cancel(first)).isInstanceOf(IllegalStateException.class);
    assertThat(sim.isPending(second)).isTrue();
  }

  @Test
  void cancellingAnUnknownHandleFailsLoudly() {
    assertThatThrownBy(() -> sim.cancel(12345L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no event was ever scheduled");
    assertThat(sim.isPending(-1L)).isFalse();
  }

  @Test
  void negativeDelayIsRejected() {
    assertThatThrownBy(() -> sim.schedule(-1, 0, record, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative delay -1");
  }

  @Test
  void schedulingBeforeNowIsRejected() {
    sim.runUntil(100);
    assertThatThrownBy(() -> sim.scheduleAt(99, 0, record, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the current time 100");
  }

  @Test
  void overflowingDelayIsRejected() {
    sim.runUntil(100);
    assertThatThrownBy(() -> sim.schedule(Long.MAX_VALUE, 0, record, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflows");
  }

  @Test
  void nullHandlerIsRejected() {
    assertThatThrownBy(() -> sim.schedule(1, 0, null, 0, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null handler");
  }

  @Test
  void runningBackwardsIsRejected() {
    sim.runUntil(100);
    assertThatThrownBy(() -> sim.runUntil(50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the current time 100");
  }

  @Test
  void runningFromInsideAHandlerIsRejected() {
    sim.schedule(1, 0, (t, p) -> sim.runUntil(10), 0, 0);
    assertThatThrownBy(() -> sim.runUntil(10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already running");
  }

  @Test
  void stopOutsideARunIsRejected() {
    assertThatThrownBy(sim::stop).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aThrowingHandlerLeavesTheSimulationUsable() {
    sim.schedule(
        1,
        0,
        (t, p) -> {
          throw new IllegalStateException("boom");
        },
        0,
        0);
    sim.schedule(2, 0, record, 0, 2);
    assertThatThrownBy(() -> sim.runUntil(10)).hasMessage("boom");
    assertThat(sim.now()).isEqualTo(1);
    sim.runUntil(10);
    assertThat(fired.toArray()).containsExactly(2);
  }
}
