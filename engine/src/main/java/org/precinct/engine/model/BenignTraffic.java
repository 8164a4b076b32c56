package org.precinct.engine.model;

import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.BenignKind;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * Benign election traffic by thinning (docs/decisions/0004-benign-thinning.md): only the requests
 * some classifier falsely flags are drawn, as a Poisson process of rate volume x daily cycle x (1 -
 * prod(1 - FPR_k)) (a thinned Poisson process is Poisson; the flag latency is left out); each lands
 * on a uniformly chosen user, whose flags, cases, wrongful enforcement and appeals are then
 * simulated like a threat account's. Redirects are a Poisson count per day.
 */
final class BenignTraffic {
  /** Daily-cycle amplitude of benign traffic (peak mid-afternoon, trough at night). */
  static final double CYCLE_AMPLITUDE = 0.5;

  private final ModelContext m;
  private final BenignStreamSpec[] specs;
  private final int[] channel;
  private final long[] pending;
  private final double[] expectedRedirects;
  private final RandomStream[] streams;
  private final BenignRate[] rates;
  private final EntityStreams redirects;
  private final BenignUsers users;

  BenignTraffic(ModelContext m, int flagCapacity) {
    this.m = m;
    this.specs = m.spec.benign().toArray(new BenignStreamSpec[0]);
    this.channel = new int[specs.length];
    for (int s = 0; s < specs.length; s++) {
      channel[s] = m.index.channel(specs[s].channelId());
    }
    this.pending = new long[specs.length];
    java.util.Arrays.fill(pending, -1L);
    this.expectedRedirects = new double[specs.length];
    StreamFamily arrivals = m.streams.family("benign");
    this.streams = new RandomStream[specs.length];
    this.rates = new BenignRate[specs.length];
    for (int s = 0; s < specs.length; s++) {
      streams[s] = arrivals.stream(s);
      rates[s] = new BenignRate(m.calendar);
    }
    this.redirects = new EntityStreams(m.streams, "redirects");
    this.users = new BenignUsers(m, flagCapacity, specs);
  }

  void start() {
    for (int s = 0; s < specs.length; s++) {
      scheduleNext(s);
    }
  }

  /** The share of a stream's requests that at least one active classifier flags. */
  double flaggedShare(int s) {
    int ch = channel[s];
    if (!m.parameters.defenseOn(ch, DefenseKind.CLASSIFIER)) {
      return 0.0;
    }
    double pass = 1.0;
    for (int k = 0; k < m.parameters.classifierCount(); k++) {
      if (m.parameters.classifierOn(k)) {
        pass *= 1.0 - m.parameters.falsePositiveRate(k);
      }
    }
    return 1.0 - pass;
  }

  private void scheduleNext(int s) {
    double perDay = m.parameters.get(Parameter.BENIGN_REQUESTS_PER_DAY, s) * flaggedShare(s);
    if (perDay <= 0.0) {
      return;
    }
    rates[s].setPerDay(perDay);
    long at =
        m.calendar.nextArrival(
            m.now(), streams[s].exponential(1.0), m.calendar.endTicks(), rates[s]);
    if (at >= 0) {
      pending[s] = m.scheduleAt(at, EventTypes.PRIORITY_NORMAL, EventTypes.BENIGN_FLAG, s);
    }
  }

  /** A falsely flagged benign request: put on a uniformly chosen user of the stream. */
  void onFlagArrival(int s) {
    pending[s] = -1L;
    int user = streams[s].nextInt(specs[s].users());
    m.recorder.onFalsePositive(m.now());
    users.onFlagged(s, user, channel[s]);
    scheduleNext(s);
  }

  /** Redraws every pending arrival after the volume or a classifier's operating point changed. */
  void onRateChanged() {
    for (int s = 0; s < specs.length; s++) {
      if (pending[s] >= 0) {
        m.sim.cancel(pending[s]);
        pending[s] = -1L;
      }
      scheduleNext(s);
    }
  }

  /** Accrues an hour's expected redirects of every voting-information stream. */
  void onHour(double hourFraction) {
    double share =
        m.spec.defenses().redirect().enabled() ? m.parameters.get(Parameter.REDIRECT_SHARE) : 0.0;
    for (int s = 0; s < specs.length; s++) {
      if (specs[s].kind() == BenignKind.VOTING_INFO) {
        expectedRedirects[s] +=
            share * m.parameters.get(Parameter.BENIGN_REQUESTS_PER_DAY, s) / 24.0 * hourFraction;
      }
    }
  }

  /** Draws the day's redirects of every stream as Poisson counts of their expectation. */
  void onDay(int day) {
    for (int s = 0; s < specs.length; s++) {
      if (expectedRedirects[s] > 0) {
        m.recorder.onRedirects(PoissonCount.sample(redirects.get(s), expectedRedirects[s]), day);
        expectedRedirects[s] = 0.0;
      }
    }
  }

  void onReviewed(int slot, boolean wronglyConfirmed, int queue) {
    users.onReviewed(slot, wronglyConfirmed, queue);
  }

  void reinstate(int slot) {
    users.reinstate(slot);
  }

  RandomStream reviewStream(int slot) {
    return users.reviewStream(slot);
  }

  BenignUsers users() {
    return users;
  }
}

/** The hourly rate of a benign stream's falsely flagged requests (set before each draw). */
final class BenignRate extends HourlyRate {
  private final ModelCalendar calendar;
  private double perDay = -1;

  BenignRate(ModelCalendar calendar) {
    this.calendar = calendar;
  }

  /** Sets the stream's daily volume of flagged requests, dropping the cache if it changed. */
  void setPerDay(double value) {
    if (value != perDay) {
      perDay = value;
      invalidate();
    }
  }

  @Override
  double perHour(int hour) {
    return perDay / 24.0 * calendar.cycle(hour, BenignTraffic.CYCLE_AMPLITUDE);
  }
}
