package org.precinct.engine.experiment;

import java.util.function.Consumer;

/**
 * Buffers results that finish out of order and releases them in replication order, which is what
 * makes parallel runs bit-identical to sequential ones.
 */
final class OrderedDelivery<R> {

  private final Object[] waiting;
  private final Consumer<? super R> consumer;
  private int nextToDeliver;

  OrderedDelivery(int replications, Consumer<? super R> consumer) {
    this.waiting = new Object[replications];
    this.consumer = consumer;
  }

  @SuppressWarnings("unchecked")
  void accept(int index, Object result) {
    waiting[index] = new Holder(result);
    while (nextToDeliver < waiting.length && waiting[nextToDeliver] != null) {
      Holder holder = (Holder) waiting[nextToDeliver];
      waiting[nextToDeliver] = null;
      nextToDeliver++;
      consumer.accept((R) holder.value());
    }
  }

  /** Wraps a result so that a null result is still recognised as delivered. */
  private record Holder(Object value) {}
}
