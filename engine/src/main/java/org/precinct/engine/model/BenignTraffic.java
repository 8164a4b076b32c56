package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.Parameter;

/**
 * Benign election traffic by thinning (docs/decisions/0004-benign-thinning.md): only the requests
 * some classifier falsely flags are drawn, as a Poisson process of rate volume x daily cycle x (1 -
 * prod(1 - FPR_k)) (a thinned Poisson process is Poisson; the flag latency is left out); each lands
 * on a uniformly chosen user, whose flags, cases, wrongful enforcement and appeals are then
 * simulated like a threat account's. What the stream's askers get is {@link VoterOutcomes}'.
 */
final class BenignTraffic implements EventHandler {
  /** Daily-cycle amplitude of benign traffic (peak mid-afternoon, trough at night). */
  static final double CYCLE_AMPLITUDE = 0.5;

  private final ModelSetup setup;
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Classifiers classifiers;
  private final BenignCases cases;
  private final BenignStreamSpec[] specs;
  private final int[] channel;
  private final long[] pending;
  private final double[] falsePositiveScale;
  private final RandomStream[] streams;
  private final BenignRate[] rates;

  BenignTraffic(
      ModelSetup setup,
      ModelParameters parameters,
      Instruments tools,
      Classifiers classifiers,
      BenignCases cases) {
    this.setup = setup;
    this.parameters = parameters;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.classifiers = classifiers;
    this.cases = cases;
    this.specs = setup.benignStreams();
    this.channel = new int[specs.length];
    for (int s = 0; s < specs.length; s++) {
      channel[s] = setup.index().channel(specs[s].channelId());
    }
    this.falsePositiveScale = new double[specs.length];
    for (int s = 0; s < specs.length; s++) {
      int side = setup.spec().voters().sideIndex(specs[s].sideId());
      falsePositiveScale[s] =
          side < 0 ? 1.0 : setup.spec().voters().sides().get(side).falsePositiveScale();
    }
    this.pending = new long[specs.length];
    Arrays.fill(pending, -1L);
    StreamFamily arrivals = tools.streams().family("benign");
    this.streams = new RandomStream[specs.length];
    this.rates = new BenignRate[specs.length];
    for (int s = 0; s < specs.length; s++) {
      streams[s] = arrivals.stream(s);
      rates[s] = new BenignRate(setup.calendar(), setup.streamElection()[s]);
    }
  }

  void start() {
    for (int s = 0; s < specs.length; s++) {
      scheduleNext(s);
    }
  }

  /**
   * The share of a stream's requests that at least one active classifier flags, times its side's
   * false-positive scale (at most 1).
   */
  double flaggedShare(int s) {
    return Math.min(1.0, classifiers.falselyFlaggedShare(channel[s]) * falsePositiveScale[s]);
  }

  private void scheduleNext(int s) {
    double perDay = parameters.get(Parameter.BENIGN_REQUESTS_PER_DAY, s) * flaggedShare(s);
    if (perDay <= 0.0) {
      return;
    }
    rates[s].setPerDay(perDay);
    long from = Math.max(clock.now(), specs[s].startTicks());
    long until = Math.min(clock.endTicks(), specs[s].endTicks());
    if (from >= until) {
      return;
    }
    long at = setup.calendar().nextArrival(from, streams[s].exponential(1.0), until, rates[s]);
    if (at >= 0) {
      pending[s] = clock.at(at, EventTypes.PRIORITY_NORMAL, this, EventTypes.BENIGN_FLAG, s);
    }
  }

  /** A falsely flagged benign request: put on a uniformly chosen user of the stream. */
  @Override
  public void onEvent(int type, long payload) {
    int s = (int) payload;
    pending[s] = -1L;
    int user = streams[s].nextInt(specs[s].users());
    recorder.onFalsePositive(s, clock.now());
    cases.onFlagged(s, user, channel[s]);
    scheduleNext(s);
  }

  /** Redraws every pending arrival after the volume or a classifier's operating point changed. */
  void onRateChanged() {
    for (int s = 0; s < specs.length; s++) {
      if (pending[s] >= 0) {
        clock.cancel(pending[s]);
        pending[s] = -1L;
      }
      scheduleNext(s);
    }
  }
}

/** The hourly rate of a benign stream's falsely flagged requests (set before each draw). */
final class BenignRate extends HourlyRate {
  private final ModelCalendar calendar;
  private final int election;
  private double perDay = -1;

  BenignRate(ModelCalendar calendar, int election) {
    this.calendar = calendar;
    this.election = election;
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
    return perDay / 24.0 * calendar.cycle(election, hour, BenignTraffic.CYCLE_AMPLITUDE);
  }
}
