package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
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
  long slaBreaches;
  int peakBacklog;
  final DoubleArrayList waitsHours = new DoubleArrayList();
  final long[] outcomes;
  final Bins bins;
  final VoterTallies voters;

  Recorder(ModelCalendar calendar, int channels, int queues) {
    this(calendar, channels, queues, new VoterTallies(0, 0, 0));
  }

  Recorder(ModelCalendar calendar, int channels, int queues, VoterTallies voters) {
    this.calendar = calendar;
    this.channels = channels;
    this.queues = queues;
    this.outcomes = new long[CATEGORIES * channels * OUTCOMES];
    this.bins = new Bins(calendar.dayCount(), calendar.hourCount(), channels, queues);
    this.voters = voters;
  }

  /** The tallies of a scenario, sized by its campaigns, benign streams and question categories. */
  static Recorder of(ModelSetup setup) {
    var spec = setup.spec();
    return new Recorder(
        setup.calendar(),
        spec.channels().size(),
        spec.queues().size(),
        new VoterTallies(
            setup.campaigns().length, spec.benign().size(), spec.voters().questions().size()));
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
    harmful++;
    refusals++;
    count(category, channel, Outcome.REFUSED);
    bins.refusals[0][day]++;
    bins.refusals[1 + category][day]++;
  }

  void onNeutralised(int category, int channel) {
    harmful++;
    neutralised++;
    count(category, channel, Outcome.NEUTRALISED);
  }

  /** A harmful output reached its requester; {@code detected}: the account already had a case. */
  void onDelivered(int category, int channel, double severity, boolean detected, long now) {
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
    double weighted = severity * calendar.harmWeight(day);
    if (calendar.daysRelative(day) <= 0) {
      harmWeightedBeforeElection += weighted;
      deliveredBeforeElection++;
    }
    bins.onDelivered(category, channel, weighted, day, calendar.hourIndex(now));
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

  void onRedirects(long count, int day) {
    redirects += count;
    bins.redirects[day] += count;
  }

  /** Questions of a (stream, question) cell answered inaccurately and refused on a day. */
  void onVoterOutcomes(VoterCell cell, long inaccurate, long refused, int day) {
    inaccurateAnswers += inaccurate;
    legitimateRefused += refused;
    voters.onOutcomes(cell.stream(), cell.question(), inaccurate, refused);
    bins.onVoterOutcomes(cell.channel(), inaccurate, refused, day);
  }

  void onEnforced(long now) {
    accountsEnforced++;
    bins.enforcements[calendar.dayIndex(now)]++;
  }

  /** A review started after waiting {@code waitTicks} in queue {@code queue}. */
  void onReviewStarted(int queue, long waitTicks, long slaTicks, long now) {
    double hours = waitTicks / 3_600_000.0;
    waitsHours.add(hours);
    int day = calendar.dayIndex(now);
    bins.waitSum[0][day] += hours;
    bins.waitCount[0][day]++;
    bins.waitSum[1 + queue][day] += hours;
    bins.waitCount[1 + queue][day]++;
    if (waitTicks > slaTicks) {
      slaBreaches++;
      bins.sla[0][day]++;
      bins.sla[1 + queue][day]++;
    }
  }

  void onBacklog(int total) {
    peakBacklog = Math.max(peakBacklog, total);
  }
}
