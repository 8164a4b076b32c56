package org.precinct.engine.kernel;

import java.util.Objects;

/**
 * A discrete-event simulation clock and pending-event set, confined to one thread and one
 * replication, so that a run is a pure function of the model and its random streams.
 *
 * <p><b>Ordering contract.</b> Events fire in increasing time; events at the same time fire in
 * increasing priority (a lower number fires first); events with equal time and priority fire in the
 * order they were scheduled. The insertion sequence is a field of this instance, never shared
 * between simulations, so runs in parallel threads cannot influence each other's order.
 *
 * <p><b>Time.</b> Time is a {@code long} count of milliseconds since scenario start (see {@link
 * Ticks}). Delays are {@code long} ticks; convert durations once with {@link Ticks#ofSeconds} and
 * friends, which reject NaN and infinities (a NaN cast to {@code long} would silently be zero).
 *
 * <p><b>Running.</b> {@link #runUntil(long)} fires every event with time {@code <= endTicks}, then
 * sets the clock to {@code endTicks}; a later call continues from there, so a run stopped at {@code
 * t} and resumed is the same as an uninterrupted run. {@link #stop()} called from a handler makes
 * {@code runUntil} return after the current event with the clock at that event's time.
 *
 * <p><b>Misuse fails loudly:</b> a negative delay, a time before {@link #now()}, a null handler,
 * cancelling an event that already fired or was cancelled, and running re-entrantly from a handler
 * all throw with a message that says what was wrong.
 *
 * <p>Scheduling allocates nothing once the arrays have grown to the peak number of pending events
 * (cancelled events keep their place until they reach the top of the heap, or until more than half
 * of it is cancelled and it is compacted, so the peak counts them too). Not thread-safe: one
 * simulation belongs to one replication on one thread.
 */
public final class Simulation {

  private static final int DEFAULT_CAPACITY = 256;
  private static final long DEFAULT_SEQUENCE_LIMIT = 1L << 32;

  private final PendingEvents events;
  private long now;
  private long eventsProcessed;
  private boolean running;
  private boolean stopRequested;

  /** Creates a simulation at time zero with no pending events. */
  public Simulation() {
    this(DEFAULT_CAPACITY, DEFAULT_SEQUENCE_LIMIT);
  }

  /** Creates a simulation with a custom sequence limit, so tests can force a renumbering. */
  Simulation(int initialCapacity, long sequenceLimit) {
    this.events = new PendingEvents(initialCapacity, sequenceLimit);
  }

  /** Returns the current simulation time in ticks. */
  public long now() {
    return now;
  }

  /** Returns how many events have fired since this simulation was created. */
  public long eventsProcessed() {
    return eventsProcessed;
  }

  /** Returns how many events are scheduled and not yet fired or cancelled. */
  public int pendingCount() {
    return events.size();
  }

  /**
   * Schedules an event {@code delayTicks} after now and returns a handle for {@link #cancel}.
   *
   * @throws IllegalArgumentException if the delay is negative or now plus the delay overflows
   */
  public long schedule(
      long delayTicks, int priority, EventHandler handler, int type, long payload) {
    if (delayTicks < 0) {
      throw new IllegalArgumentException(
          "cannot schedule an event with negative delay " + delayTicks + " ticks at time " + now);
    }
    long time = now + delayTicks;
    if (time < 0) {
      throw new IllegalArgumentException(
          "delay " + delayTicks + " ticks from time " + now + " overflows the clock");
    }
    return add(time, priority, handler, type, payload);
  }

  /**
   * Schedules an event at absolute time {@code timeTicks} and returns a handle for {@link #cancel}.
   *
   * @throws IllegalArgumentException if the time is before now
   */
  public long scheduleAt(
      long timeTicks, int priority, EventHandler handler, int type, long payload) {
    if (timeTicks < now) {
      throw new IllegalArgumentException(
          "cannot schedule an event at time " + timeTicks + ", before the current time " + now);
    }
    return add(timeTicks, priority, handler, type, payload);
  }

  private long add(long time, int priority, EventHandler handler, int type, long payload) {
    Objects.requireNonNull(handler, "cannot schedule an event with a null handler");
    return events.add(time, priority, handler, type, payload);
  }

  /**
   * Cancels a pending event.
   *
   * @throws IllegalStateException if the handle's event already fired, was cancelled, or never
   *     existed
   */
  public void cancel(long handle) {
    events.cancel(handle);
  }

  /** Returns whether the handle's event is still scheduled (not fired, not cancelled). */
  public boolean isPending(long handle) {
    return events.isPending(handle);
  }

  /**
   * Fires every event with time {@code <= endTicks} in contract order, then sets the clock to
   * {@code endTicks}, unless a handler called {@link #stop()}, in which case the clock stays at the
   * time of the event that stopped the run.
   *
   * @throws IllegalArgumentException if {@code endTicks} is before now
   * @throws IllegalStateException if called from inside a handler
   */
  public void runUntil(long endTicks) {
    if (endTicks < now) {
      throw new IllegalArgumentException(
          "cannot run until time " + endTicks + ", before the current time " + now);
    }
    enterRun();
    try {
      fire(endTicks, Long.MAX_VALUE);
      if (!stopRequested) {
        now = endTicks;
      }
    } finally {
      running = false;
    }
  }

  /**
   * Fires the next pending event, whatever its time, and returns whether there was one; for
   * stepping a run event by event.
   *
   * @throws IllegalStateException if called from inside a handler
   */
  public boolean step() {
    enterRun();
    try {
      return fire(Long.MAX_VALUE, 1) > 0;
    } finally {
      running = false;
    }
  }

  /**
   * Asks the running {@link #runUntil(long)} to return after the current event.
   *
   * @throws IllegalStateException if no event is being handled
   */
  public void stop() {
    if (!running) {
      throw new IllegalStateException("stop() may only be called from an event handler");
    }
    stopRequested = true;
  }

  private void enterRun() {
    if (running) {
      throw new IllegalStateException(
          "the simulation is already running: runUntil/step cannot be called from a handler");
    }
    running = true;
    stopRequested = false;
  }

  /**
   * Fires events in contract order while their time is {@code <= endTicks}, at most {@code
   * maxEvents}, until a handler calls {@link #stop()}; one loop for both running modes keeps the
   * hot path in one compiled unit.
   */
  private long fire(long endTicks, long maxEvents) {
    PendingEvents queue = events;
    long fired = 0;
    while (fired < maxEvents && !stopRequested && queue.hasNext() && queue.minTime() <= endTicks) {
      long time = queue.minTime();
      if (time < now) {
        throw new IllegalStateException("time ran backwards from " + now + " to " + time);
      }
      int slot = queue.popMin();
      EventHandler handler = queue.handler(slot);
      int type = queue.type(slot);
      long payload = queue.payload(slot);
      queue.free(slot);
      now = time;
      eventsProcessed++;
      fired++;
      handler.onEvent(type, payload);
    }
    return fired;
  }
}
