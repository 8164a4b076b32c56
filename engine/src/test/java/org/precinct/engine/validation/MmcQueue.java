package org.precinct.engine.validation;

import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.result.stats.RunningStats;
import org.precinct.engine.result.stats.TimeWeightedStats;

/**
 * An M/M/c FIFO queue written on the bare kernel, the model whose steady state Erlang C gives
 * exactly, so it validates the kernel, the random streams and the statistics together (and is the
 * M/M/c benchmark). Rates are per hour; arrivals and service times draw from their own streams.
 *
 * <p>Warm-up deletion: statistics start at {@code warmUpTicks}; waits count for customers arriving
 * at or after it, and the time-weighted busy-server and queue-length averages are reset then.
 */
public final class MmcQueue implements EventHandler {

  private static final int ARRIVAL = 0;
  private static final int DEPARTURE = 1;
  private static final int WARM_UP_END = 2;

  private final Simulation sim;
  private final RandomStream arrivals;
  private final RandomStream service;
  private final int servers;
  private final double meanInterarrivalTicks;
  private final double meanServiceTicks;
  private final long warmUpTicks;

  private long[] waiting = new long[1024];
  private int head;
  private int queued;
  private int busy;
  private long arrivalsAfterWarmUp;

  private final RunningStats waitHours = new RunningStats();
  private final TimeWeightedStats busyServers;
  private final TimeWeightedStats queueLength;

  /** Creates the queue on a simulation; call {@link #start()} before running. */
  public MmcQueue(Simulation sim, RandomStreams streams, MmcParameters parameters) {
    this.sim = sim;
    this.arrivals = streams.stream("arrivals");
    this.service = streams.stream("service");
    this.servers = parameters.servers();
    this.meanInterarrivalTicks = Ticks.HOUR / parameters.arrivalRatePerHour();
    this.meanServiceTicks = Ticks.HOUR / parameters.serviceRatePerHour();
    this.warmUpTicks = parameters.warmUpTicks();
    this.busyServers = new TimeWeightedStats(sim.now(), 0);
    this.queueLength = new TimeWeightedStats(sim.now(), 0);
  }

  /** Schedules the first arrival and the end of the warm-up. */
  public void start() {
    sim.schedule(nextGap(meanInterarrivalTicks, arrivals), 0, this, ARRIVAL, 0);
    sim.scheduleAt(warmUpTicks, -1, this, WARM_UP_END, 0);
  }

  @Override
  public void onEvent(int type, long payload) {
    switch (type) {
      case ARRIVAL -> onArrival();
      case DEPARTURE -> onDeparture();
      case WARM_UP_END -> onWarmUpEnd();
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  private void onArrival() {
    long now = sim.now();
    sim.schedule(nextGap(meanInterarrivalTicks, arrivals), 0, this, ARRIVAL, 0);
    if (now >= warmUpTicks) {
      arrivalsAfterWarmUp++;
    }
    if (busy < servers) {
      startService(now, now);
    } else {
      enqueue(now);
      queueLength.observe(now, queued);
    }
  }

  private void onDeparture() {
    long now = sim.now();
    busy--;
    if (queued > 0) {
      long arrivedAt = waiting[head];
      head = (head + 1) & (waiting.length - 1);
      queued--;
      queueLength.observe(now, queued);
      startService(now, arrivedAt);
    } else {
      busyServers.observe(now, busy);
    }
  }

  private void onWarmUpEnd() {
    busyServers.reset(sim.now());
    queueLength.reset(sim.now());
  }

  private void startService(long now, long arrivedAt) {
    busy++;
    busyServers.observe(now, busy);
    if (arrivedAt >= warmUpTicks) {
      waitHours.add(Ticks.toHours(now - arrivedAt));
    }
    sim.schedule(nextGap(meanServiceTicks, service), 0, this, DEPARTURE, 0);
  }

  private void enqueue(long arrivedAt) {
    if (queued == waiting.length) {
      long[] bigger = new long[waiting.length * 2];
      for (int i = 0; i < queued; i++) {
        bigger[i] = waiting[(head + i) & (waiting.length - 1)];
      }
      waiting = bigger;
      head = 0;
    }
    waiting[(head + queued) & (waiting.length - 1)] = arrivedAt;
    queued++;
  }

  private static long nextGap(double meanTicks, RandomStream stream) {
    return Math.round(stream.exponential(meanTicks));
  }

  /** Returns the statistics collected after the warm-up, up to the current time. */
  public MmcResult result() {
    long now = sim.now();
    return new MmcResult(
        waitHours.mean(),
        busyServers.average(now) / servers,
        queueLength.average(now),
        arrivalsAfterWarmUp / Ticks.toHours(now - warmUpTicks),
        waitHours.count(),
        sim.eventsProcessed());
  }

  /** Runs one replication from scratch and returns its post-warm-up statistics. */
  public static MmcResult replicate(MmcParameters parameters, long seed, int replication) {
    Simulation sim = new Simulation();
    MmcQueue queue = new MmcQueue(sim, new RandomStreams(seed, replication), parameters);
    queue.start();
    sim.runUntil(parameters.runTicks());
    return queue.result();
  }
}
