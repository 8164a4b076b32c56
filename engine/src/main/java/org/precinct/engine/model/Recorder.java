package org.precinct.engine.model;

import org.precinct.engine.result.Outcome;
import org.precinct.engine.spec.PolicyCategory;

/**
 * The running tallies of one replication: counters, outcome counts by category x channel, and the
 * daily and hourly bins behind every series; components report to it through onX callbacks and it
 * keeps only primitives.
 */
final class Recorder {
  private static final int CATEGORIES = PolicyCategory.values().length;
  private static final int OUTCOMES = Outcome.values().length;

  final ModelCalendar calendar;
  final int channels;
  final int queues;
  long threatRequests;
  long harmful;
  long refusals;
  long neutralised;
  long deliveredUndetected;
  long deliveredAfterDetection;
  double harmSeverity;
  double harmWeightedBeforeElection;
  long deliveredBeforeElection;
  long redirects;
  long inaccurateAnswers;
  long legitimateRefused;
  long benignAudited;
  long falsePositiveFlags;
  long wrongfulEnforcements;
  long appeals;
  long accountsEnforced;
  long recreated;
  long partnerReferrals;
  int peakBacklog;
  final long[] outcomes;
  final Bins bins;
  final WaitTally waits;
  final VoterTallies voters;

  /** Per campaign: harmful outputs delivered, their severity, and weighted before its election. */
  final long[] campaignDelivered;

  final double[] campaignSeverity;
  final double[] campaignWeightedBefore;
  final long[] campaignDeliveredBefore;
  final long[] campaignEnforced;
  private final int[] campaignElection;
  private final long countFrom;

  Recorder(ModelCalendar calendar, int channels, int queues) {
    this(calendar, channels, queues, new VoterTallies(0, 0, 0), new int[0], 0L);
  }

  /**
   * The tallies of a replication; statistics other than the daily and hourly bins count from {@code
   * countFrom} (the end of the warm-up, 0 for none): see {@link #resetAtWarmUpEnd}.
   */
  Recorder(
      ModelCalendar calendar,
      int channels,
      int queues,
      VoterTallies voters,
      int[] campaignElection,
      long countFrom) {
    int campaigns = campaignElection.length;
    this.calendar = calendar;
    this.channels = channels;
    this.queues = queues;
    this.outcomes = new long[CATEGORIES * channels * OUTCOMES];
    this.bins = new Bins(calendar.dayCount(), calendar.hourCount(), channels, queues);
    this.waits = new WaitTally(calendar.dayCount(), queues, campaigns, CATEGORIES, countFrom);
    this.voters = voters;
    this.countFrom = countFrom;
    this.campaignElection = campaignElection;
    this.campaignDelivered = new long[campaigns];
    this.campaignSeverity = new double[campaigns];
    this.campaignWeightedBefore = new double[campaigns];
    this.campaignDeliveredBefore = new long[campaigns];
    this.campaignEnforced = new long[campaigns];
    if (calendar.timeline().hasElections()) {
      bins.electionHarm = new double[calendar.electionCount()][calendar.dayCount()];
    }
  }

  /** The tallies of a scenario, sized by its campaigns, benign streams and question categories. */
  static Recorder of(ModelSetup setup) {
    var spec = setup.spec();
    return new Recorder(
        setup.calendar(),
        spec.channels().size(),
        spec.queues().size(),
        new VoterTallies(
            setup.campaigns().length, spec.benign().size(), spec.voters().questions().size()),
        setup.campaignElection(),
        spec.timeline().warmUpTicks());
  }

  /**
   * Warm-up deletion: zeroes every scalar tally at the end of the warm-up, so totals, rates and
   * outcome counts describe the time after it; the daily and hourly bins keep the warm-up days, and
   * waits are deleted by arrival time in {@link WaitTally}. {@code backlog} is the number of cases
   * waiting now, the peak backlog's starting value.
   */
  void resetAtWarmUpEnd(int backlog) {
    threatRequests = 0;
    harmful = 0;
    refusals = 0;
    neutralised = 0;
    deliveredUndetected = 0;
    deliveredAfterDetection = 0;
    harmSeverity = 0;
    harmWeightedBeforeElection = 0;
    deliveredBeforeElection = 0;
    redirects = 0;
    inaccurateAnswers = 0;
    legitimateRefused = 0;
    benignAudited = 0;
    falsePositiveFlags = 0;
    wrongfulEnforcements = 0;
    appeals = 0;
    accountsEnforced = 0;
    recreated = 0;
    partnerReferrals = 0;
    peakBacklog = backlog;
    java.util.Arrays.fill(outcomes, 0L);
    java.util.Arrays.fill(campaignDelivered, 0L);
    java.util.Arrays.fill(campaignSeverity, 0.0);
    java.util.Arrays.fill(campaignWeightedBefore, 0.0);
    java.util.Arrays.fill(campaignDeliveredBefore, 0L);
    java.util.Arrays.fill(campaignEnforced, 0L);
    voters.reset();
  }

  /** Whether day-level tallies of calendar day {@code day} count (the day is after the warm-up). */
  private boolean counts(int day) {
    return countFrom == 0 || calendar.dayStart(day) >= countFrom;
  }

  long outcome(int category, int channel, Outcome outcome) {
    return outcomes[(category * channels + channel) * OUTCOMES + outcome.ordinal()];
  }

  private void count(int category, int channel, Outcome outcome) {
    outcomes[(category * channels + channel) * OUTCOMES + outcome.ordinal()]++;
  }

  void onThreatRequest() {
    threatRequests++;
  }

  void onRefused(int category, int channel, int day) {
    bins.refusals[0][day]++;
    bins.refusals[1 + category][day]++;
    if (!counts(day)) {
      return;
    }
    harmful++;
    refusals++;
    count(category, channel, Outcome.REFUSED);
  }

  void onNeutralised(int category, int channel) {
    harmful++;
    neutralised++;
    count(category, channel, Outcome.NEUTRALISED);
  }

  /**
   * A harmful output of {@code campaign} reached its requester; {@code detected}: the account
   * already had a case. Its weight is its election's for the day; it is "before the election" up to
   * the end of its election's day.
   */
  void onDelivered(
      int category, int channel, int campaign, double severity, boolean detected, long now) {
    harmful++;
    int day = calendar.dayIndex(now);
    if (detected) {
      deliveredAfterDetection++;
      count(category, channel, Outcome.DELIVERED_AFTER_DETECTION);
    } else {
      deliveredUndetected++;
      count(category, channel, Outcome.DELIVERED_UNDETECTED);
    }
    harmSeverity += severity;
    int election = campaignElection[campaign];
    double weighted = severity * calendar.harmWeight(election, day);
    campaignDelivered[campaign]++;
    campaignSeverity[campaign] += severity;
    if (now < calendar.electionEnd(election)) {
      harmWeightedBeforeElection += weighted;
      deliveredBeforeElection++;
      campaignWeightedBefore[campaign] += weighted;
      campaignDeliveredBefore[campaign]++;
    }
    bins.onDelivered(category, channel, weighted, day, calendar.hourIndex(now));
    if (bins.electionHarm.length > 0) {
      bins.electionHarm[election][day]++;
    }
  }

  void onFlagged(int category, long now) {
    int day = calendar.dayIndex(now);
    bins.flags[0][day]++;
    bins.flags[1 + category][day]++;
  }

  void onFalsePositive(int stream, long now) {
    falsePositiveFlags++;
    voters.streamFlags[stream]++;
    bins.falsePositives[calendar.dayIndex(now)]++;
  }

  void onWrongfulEnforcement(long now) {
    wrongfulEnforcements++;
    bins.wrongfulEnforcements[calendar.dayIndex(now)]++;
  }

  void onRedirects(long count, int day) {
    bins.redirects[day] += count;
    if (counts(day)) {
      redirects += count;
    }
  }

  /** Questions of a (stream, question) cell answered inaccurately and refused on a day. */
  void onVoterOutcomes(VoterCell cell, long inaccurate, long refused, int day) {
    bins.onVoterOutcomes(cell.channel(), inaccurate, refused, day);
    if (!counts(day)) {
      return;
    }
    inaccurateAnswers += inaccurate;
    legitimateRefused += refused;
    voters.onOutcomes(cell.stream(), cell.question(), inaccurate, refused);
  }

  void onEnforced(int campaign, long now) {
    accountsEnforced++;
    if (campaign >= 0) {
      campaignEnforced[campaign]++;
    }
    bins.enforcements[calendar.dayIndex(now)]++;
  }

  /**
   * A review started: a case of {@code kind} at priority {@code level} opened at {@code openedAt}
   * waited until {@code now} in queue {@code queue}; {@code campaign} is -1 for cases of no
   * campaign.
   */
  void onReviewStarted(
      int queue,
      boolean background,
      int level,
      int campaign,
      int category,
      long openedAt,
      long slaTicks,
      long now) {
    long wait = now - openedAt;
    boolean breached = wait > slaTicks;
    waits.onStarted(
        queue,
        background,
        level,
        campaign,
        category,
        wait,
        breached,
        calendar.dayIndex(openedAt),
        calendar.dayIndex(now),
        openedAt);
  }

  void onBacklog(int total) {
    peakBacklog = Math.max(peakBacklog, total);
  }
}
