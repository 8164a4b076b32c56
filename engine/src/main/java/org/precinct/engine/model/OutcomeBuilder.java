package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.CampaignTimes;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.result.OutcomeTally;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.TimeToEventSamples;
import org.precinct.engine.result.WindowSpan;
import org.precinct.engine.result.stats.KaplanMeier;
import org.precinct.engine.result.stats.Quantiles;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Reads a finished replication into a {@link ReplicationOutcome}: every metric (time-to-event ones
 * from a Kaplan-Meier fit, so accounts never caught count as censored, not as missing), the series,
 * the samples, campaign times and outcome tallies.
 */
final class OutcomeBuilder {
  private static final double HOUR = Ticks.HOUR;
  private final EndState m;

  OutcomeBuilder(EndState m) {
    this.m = m;
  }

  ReplicationOutcome build(
      int replication,
      double interventionCost,
      ImmutableList<WindowSpan> windows,
      ImmutableList<GroupValue> triggered) {
    SeriesBuilder series = new SeriesBuilder(m);
    ImmutableList<TimeToEventSamples> samples =
        new TimeToEventBuilder(m.setup(), m.population()).build(series.usedCategories());
    double[] v = new double[Metric.values().length];
    counts(v);
    for (ReviewQueue q : m.queues()) {
      q.accrue(m.setup().calendar().endTicks());
    }
    WaitBreakdown waits = new WaitBreakdown(m);
    reviews(v, waits);
    survival(v, samples);
    v[Metric.INTERVENTION_COST.ordinal()] = interventionCost;
    VoterBreakdown voters = new VoterBreakdown(m);
    v[Metric.PARITY_GAP.ordinal()] = voters.parityGap();
    return new ReplicationOutcome(
        replication,
        v,
        series.build(),
        samples,
        campaignTimes(),
        tallies(),
        windows,
        Lists.immutable
            .withAll(voters.groups())
            .newWithAll(waits.groups())
            .newWithAll(triggered)
            .newWithAll(new ElectionBreakdown(m, samples).groups()));
  }

  private void counts(double[] v) {
    Recorder r = m.recorder();
    long delivered = r.deliveredUndetected + r.deliveredAfterDetection;
    v[Metric.THREAT_REQUESTS.ordinal()] = r.threatRequests;
    v[Metric.HARMFUL_REQUESTS.ordinal()] = r.harmful;
    v[Metric.HARM_DELIVERED.ordinal()] = delivered;
    v[Metric.HARM_SEVERITY_WEIGHTED.ordinal()] = r.harmSeverity;
    v[Metric.HARM_WEIGHTED_BEFORE_ELECTION.ordinal()] = r.harmWeightedBeforeElection;
    v[Metric.HARM_DELIVERED_BEFORE_ELECTION_SHARE.ordinal()] =
        delivered == 0 ? 0.0 : (double) r.deliveredBeforeElection / delivered;
    v[Metric.EXPOSURE_WEIGHTED_HARM.ordinal()] = m.exposure().total();
    v[Metric.REFUSALS.ordinal()] = r.refusals;
    v[Metric.NEUTRALISED.ordinal()] = r.neutralised;
    v[Metric.REDIRECTS.ordinal()] = r.redirects;
    v[Metric.VOTERS_MISINFORMED.ordinal()] = r.inaccurateAnswers;
    v[Metric.LEGITIMATE_QUESTIONS_REFUSED.ordinal()] = r.legitimateRefused;
    v[Metric.VOTERS_MISINFORMED_OR_TURNED_AWAY.ordinal()] =
        r.inaccurateAnswers + r.legitimateRefused;
    v[Metric.BENIGN_CUSTOMERS_AUDITED.ordinal()] = r.benignAudited;
    v[Metric.ACCOUNTS_ENFORCED.ordinal()] = r.accountsEnforced;
    v[Metric.ACCOUNTS_RECREATED.ordinal()] = r.recreated;
    v[Metric.PARTNER_REFERRALS.ordinal()] = r.partnerReferrals;
    v[Metric.FALSE_POSITIVE_FLAGS.ordinal()] = r.falsePositiveFlags;
    v[Metric.WRONGFUL_ENFORCEMENTS.ordinal()] = r.wrongfulEnforcements;
    v[Metric.APPEALS.ordinal()] = r.appeals;
    int disrupted = 0;
    for (int c = 0; c < m.population().campaigns().disruptedAt.length; c++) {
      long at = m.population().campaigns().disruptedAt[c];
      disrupted += at >= 0 && at < electionStart(c) ? 1 : 0;
    }
    v[Metric.CAMPAIGNS_DISRUPTED_BEFORE_ELECTION.ordinal()] = disrupted;
  }

  private void reviews(double[] v, WaitBreakdown breakdown) {
    Recorder r = m.recorder();
    long end = m.setup().calendar().endTicks();
    double staffed = 0;
    double busy = 0;
    for (ReviewQueue q : m.queues()) {
      q.accrue(end);
      staffed += q.staffedTicks();
      busy += q.busyTicks();
    }
    WaitTally t = r.waits;
    long breaches = breakdown.electionOverdue();
    for (ReviewQueue q : m.queues()) {
      breaches += t.classBreaches[t.queueClass(q.index)];
    }
    double[] waits = t.waitsHours.toArray();
    v[Metric.PEAK_BACKLOG.ordinal()] = r.peakBacklog;
    v[Metric.MEAN_WAIT_HOURS.ordinal()] =
        waits.length == 0 ? 0.0 : t.waitsHours.sum() / waits.length;
    v[Metric.P90_WAIT_HOURS.ordinal()] = waits.length == 0 ? 0.0 : Quantiles.quantile(waits, 0.9);
    v[Metric.SLA_BREACHES.ordinal()] = breaches;
    long judged = waits.length + breakdown.electionOverdue();
    v[Metric.SLA_MET_SHARE.ordinal()] = judged == 0 ? 1.0 : 1.0 - (double) breaches / judged;
    v[Metric.REVIEWER_HOURS.ordinal()] = staffed / HOUR;
    v[Metric.UTILIZATION.ordinal()] = staffed == 0 ? 0.0 : busy / staffed;
  }

  private void survival(double[] v, ImmutableList<TimeToEventSamples> samples) {
    for (TimeToEventSamples s : samples) {
      if (!s.group().equals(SeriesBuilder.ALL) || s.kind() == CurveKind.DISRUPTION) {
        continue;
      }
      boolean detection = s.kind() == CurveKind.DETECTION;
      double within = 0;
      double rmst = 0;
      double never = 0;
      if (s.size() > 0) {
        KaplanMeier km = KaplanMeier.fit(s.hours(), s.reached());
        within = km.shareReachedWithin(24.0);
        rmst = km.restrictedMean(s.horizonHours());
        never = km.shareNeverReachedBy(s.horizonHours());
      }
      v[
              (detection ? Metric.DETECTED_WITHIN_24H_SHARE : Metric.ENFORCED_WITHIN_24H_SHARE)
                  .ordinal()] =
          within;
      v[
              (detection
                      ? Metric.RESTRICTED_MEAN_HOURS_TO_DETECT
                      : Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE)
                  .ordinal()] =
          rmst;
      v[(detection ? Metric.NEVER_DETECTED_SHARE : Metric.NEVER_ENFORCED_SHARE).ordinal()] = never;
    }
  }

  private ImmutableList<CampaignTimes> campaignTimes() {
    MutableList<CampaignTimes> out = Lists.mutable.empty();
    CampaignStates s = m.population().campaigns();
    for (int c = 0; c < m.setup().campaigns().length; c++) {
      long start = s.startedAt[c];
      var spec = m.setup().campaigns()[c];
      out.add(
          new CampaignTimes(
              spec.id(),
              spec.label(),
              spec.category(),
              spec.channelId(),
              start,
              start < 0 ? -1L : s.endAt[c],
              since(start, s.firstDetectionAt[c]),
              since(start, s.firstEnforcementAt[c]),
              since(start, s.disruptedAt[c]),
              s.disruptedAt[c] >= 0 && s.disruptedAt[c] < electionStart(c)));
    }
    return out.toImmutable();
  }

  /** Midnight starting the day of campaign {@code c}'s election. */
  private long electionStart(int c) {
    return m.setup().calendar().electionStart(m.setup().campaignElection()[c]);
  }

  private static double since(long start, long at) {
    return start < 0 || at < 0 ? Double.NaN : Math.max(0, at - start) / HOUR;
  }

  private ImmutableList<OutcomeTally> tallies() {
    MutableList<OutcomeTally> out = Lists.mutable.empty();
    Recorder r = m.recorder();
    for (PolicyCategory c : PolicyCategory.values()) {
      for (int ch = 0; ch < r.channels; ch++) {
        for (Outcome o : Outcome.values()) {
          long n = r.outcome(c.ordinal(), ch, o);
          if (n > 0) {
            out.add(new OutcomeTally(c, m.setup().spec().channels().get(ch).id(), o, n));
          }
        }
      }
    }
    return out.toImmutable();
  }
}
