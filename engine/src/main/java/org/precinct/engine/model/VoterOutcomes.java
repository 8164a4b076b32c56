package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.BenignKind;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.QuestionSpec;
import org.precinct.engine.spec.VoterSpec;

/**
 * What legitimate askers get (the seed's third pillar, accurate information): each benign stream's
 * requests split into question categories; voting-information seekers are shown the redirect and a
 * share follow it to the authoritative source; of the rest, the model refuses some (over-refusal,
 * raised by prompt modifications and by refusal thresholds spilling over onto questions that
 * resemble a refused category) and answers the others, inaccurately with a probability growing with
 * the months since its knowledge cut-off and with jurisdiction-specific detail.
 *
 * <p>Like redirects, these are volumes, not individual requests: each hour adds the expected counts
 * at the hour's parameters, and each day closes with Poisson counts drawn from a stream per
 * (stream, question) cell, so variants share their draws (common random numbers). The expected
 * inaccurate answers of a cell are questions x (1 - shown x take-up) x (1 - refused) x inaccuracy.
 */
final class VoterOutcomes implements PeriodListener {
  private final ModelSetup setup;
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final Recorder recorder;
  private final VoterSpec voters;
  private final BenignStreamSpec[] streams;
  private final VoterCell[] cells;
  private final double[] expectedRedirects;
  private final double[] expectedInaccurate;
  private final double[] expectedRefused;
  private final EntityStreams redirectStreams;
  private final EntityStreams inaccurateStreams;
  private final EntityStreams refusedStreams;

  VoterOutcomes(ModelSetup setup, ModelParameters parameters, Instruments tools) {
    this.setup = setup;
    this.parameters = parameters;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.voters = setup.spec().voters();
    this.streams = setup.benignStreams();
    this.cells = cells(setup, voters, streams);
    this.expectedRedirects = new double[streams.length];
    this.expectedInaccurate = new double[cells.length];
    this.expectedRefused = new double[cells.length];
    this.redirectStreams = new EntityStreams(tools.streams(), "redirects");
    this.inaccurateStreams = new EntityStreams(tools.streams(), "voter-inaccurate");
    this.refusedStreams = new EntityStreams(tools.streams(), "voter-refused");
  }

  /** Every stream's question categories (those its kind asks), with shares normalised per kind. */
  static VoterCell[] cells(ModelSetup setup, VoterSpec voters, BenignStreamSpec[] streams) {
    MutableList<VoterCell> out = Lists.mutable.empty();
    for (int s = 0; s < streams.length; s++) {
      BenignKind kind = streams[s].kind();
      double total =
          voters.questions().select(q -> q.askedBy() == kind).sumOfDouble(QuestionSpec::share);
      int channel = setup.index().channel(streams[s].channelId());
      int side = streams[s].sideId().isEmpty() ? -1 : voters.sideIndex(streams[s].sideId());
      for (int q = 0; q < voters.questions().size(); q++) {
        QuestionSpec question = voters.questions().get(q);
        if (question.askedBy() == kind && total > 0) {
          out.add(new VoterCell(s, q, channel, side, question.share() / total, question));
        }
      }
    }
    return out.toArray(new VoterCell[0]);
  }

  /** Accrues an hour's (or the window's last part-hour's) expected outcomes. */
  @Override
  public void onHour(double fraction) {
    boolean redirectOn = setup.spec().defenses().redirect().enabled();
    double shown = redirectOn ? parameters.get(Parameter.REDIRECT_SHARE) : 0.0;
    double followed = shown * parameters.get(Parameter.REDIRECT_TAKE_UP);
    long mid = clock.now() - (long) (fraction * Ticks.HOUR / 2);
    for (int s = 0; s < streams.length; s++) {
      recorder.voters.streamRequests[s] += requestsPerHour(s, mid) * fraction;
      if (streams[s].kind() == BenignKind.VOTING_INFO) {
        if (streams[s].sendsAt(mid)) {
          expectedRedirects[s] +=
              followed * parameters.get(Parameter.BENIGN_REQUESTS_PER_DAY, s) / 24.0 * fraction;
        }
      }
    }
    for (int i = 0; i < cells.length; i++) {
      VoterCell cell = cells[i];
      double asked = requestsPerHour(cell.stream(), mid) * fraction * cell.share();
      double notRedirected =
          streams[cell.stream()].kind() == BenignKind.VOTING_INFO ? 1.0 - followed : 1.0;
      double refused = overRefusal(cell);
      double inaccurate = inaccuracy(cell, mid);
      recorder.voters.onAsked(cell.stream(), cell.question(), asked);
      expectedRefused[i] += asked * notRedirected * refused;
      expectedInaccurate[i] += asked * notRedirected * (1.0 - refused) * inaccurate;
    }
  }

  /** The stream's requests per hour at {@code ticks}: none outside its window. */
  private double requestsPerHour(int stream, long ticks) {
    return streams[stream].sendsAt(ticks)
        ? parameters.get(Parameter.BENIGN_REQUESTS_PER_DAY, stream) / 24.0
        : 0.0;
  }

  /** The probability the model refuses a legitimate question of this cell now. */
  double overRefusal(VoterCell cell) {
    QuestionSpec q = cell.spec();
    int ch = cell.channel();
    double p = q.overRefusal();
    if (parameters.defenseOn(ch, DefenseKind.PROMPT_MODIFICATION)) {
      p += q.promptModificationOverRefusal();
    }
    if (q.resembles() != null && parameters.defenseOn(ch, DefenseKind.REFUSAL)) {
      p +=
          voters.refusalSpillover()
              * parameters.get(Parameter.REFUSAL_PROBABILITY, q.resembles().ordinal());
    }
    double sideScale = cell.side() < 0 ? 1.0 : voters.sides().get(cell.side()).overRefusalScale();
    return Math.min(1.0, p * sideScale * parameters.get(Parameter.OVER_REFUSAL_SCALE));
  }

  /** The probability that the model's answer to this cell's question is inaccurate at a time. */
  double inaccuracy(VoterCell cell, long ticks) {
    double p = voters.inaccuracy().at(ticks, cell.spec().jurisdictionSpecific());
    return Math.min(1.0, p * parameters.get(Parameter.ANSWER_INACCURACY_SCALE));
  }

  /** Draws the day's redirects and voter outcomes as Poisson counts of their expectations. */
  @Override
  public void onDay(int day) {
    for (int s = 0; s < streams.length; s++) {
      if (expectedRedirects[s] > 0) {
        recorder.onRedirects(
            PoissonCount.sample(redirectStreams.get(s), expectedRedirects[s]), day);
        expectedRedirects[s] = 0.0;
      }
    }
    for (int i = 0; i < cells.length; i++) {
      long inaccurate = PoissonCount.sample(inaccurateStreams.get(i), expectedInaccurate[i]);
      long refused = PoissonCount.sample(refusedStreams.get(i), expectedRefused[i]);
      expectedInaccurate[i] = 0.0;
      expectedRefused[i] = 0.0;
      if (inaccurate > 0 || refused > 0) {
        recorder.onVoterOutcomes(cells[i], inaccurate, refused, day);
      }
    }
  }

  VoterCell[] cells() {
    return cells;
  }
}
