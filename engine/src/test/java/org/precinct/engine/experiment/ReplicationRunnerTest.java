package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.api.Test;

final class ReplicationRunnerTest {

  @Test
  void resultsComeBackInReplicationOrderEvenWhenTheyFinishOutOfOrder() throws Exception {
    CountDownLatch lastDone = new CountDownLatch(1);
    MutableList<Integer> results =
        new ReplicationRunner(3)
            .run(
                3,
                i -> {
                  if (i == 0) {
                    await(lastDone);
                  }
                  if (i == 2) {
                    lastDone.countDown();
                  }
                  return i * 10;
                })
            .toList();
    assertThat(results).containsExactly(0, 10, 20);
  }

  @Test
  void progressCountsUpOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    MutableIntList seen = new IntArrayList();
    new ReplicationRunner(2)
        .run(
            5,
            i -> i,
            (done, total) -> {
              assertThat(Thread.currentThread()).isSameAs(caller);
              assertThat(total).isEqualTo(5);
              seen.add(done);
            });
    assertThat(seen.toArray()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void theConsumerSeesResultsInOrderWithAnyThreadCount() {
    for (int threads : new int[] {1, 2, 3, 8}) {
      MutableList<Integer> order = Lists.mutable.empty();
      new ReplicationRunner(threads).runInOrder(11, i -> i, ProgressListener.NONE, order::add);
      assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
  }

  @Test
  void aFailureCarriesItsReplicationIndexAndStopsFurtherScheduling() {
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(
            () ->
                new ReplicationRunner(2)
                    .run(
                        1000,
                        i -> {
                          started.incrementAndGet();
                          if (i == 4) {
                            throw new IllegalStateException("queue went negative");
                          }
                          return i;
                        }))
        .isInstanceOf(ReplicationException.class)
        .hasMessageContaining("replication 4 failed")
        .hasCauseInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(((ReplicationException) e).replication()).isEqualTo(4));
    assertThat(started.get()).isLessThan(1000);
  }

  @Test
  void aSequentialFailureIsWrappedTheSameWay() {
    assertThatThrownBy(
            () ->
                new ReplicationRunner(1)
                    .run(
                        3,
                        i -> {
                          throw new ArithmeticException("boom " + i);
                        }))
        .isInstanceOf(ReplicationException.class)
        .hasMessageContaining("replication 0 failed");
  }

  @Test
  void aFailingConsumerStopsTheRunWithItsOwnException() {
    AtomicInteger delivered = new AtomicInteger();
    assertThatThrownBy(
            () ->
                new ReplicationRunner(2)
                    .runInOrder(
                        100,
                        i -> i,
                        ProgressListener.NONE,
                        r -> {
                          if (delivered.incrementAndGet() == 3) {
                            throw new IllegalArgumentException("fold failed");
                          }
                        }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fold failed");
    assertThat(delivered.get()).isEqualTo(3);
  }

  @Test
  void nullResultsAreDeliveredInOrder() {
    assertThat(new ReplicationRunner(3).run(4, i -> i % 2 == 0 ? null : i).toList())
        .containsExactly(null, 1, null, 3);
  }

  @Test
  void zeroReplicationsGiveAnEmptyResult() {
    assertThat(new ReplicationRunner(3).run(0, i -> i)).isEmpty();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> new ReplicationRunner(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> new ReplicationRunner(1).run(-1, i -> i))
        .hasMessageContaining("replications");
    assertThat(ReplicationRunner.allCores().threads()).isPositive();
    assertThat(new ReplicationRunner().threads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
