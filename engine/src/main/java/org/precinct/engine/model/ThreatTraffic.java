package org.precinct.engine.model;

import java.util.Locale;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * Threat accounts' requests and the defenses on their path (refusal, prompt modification,
 * classifiers): each account is a non-homogeneous Poisson process, sampled by inverting its
 * integrated hourly rate (one Exp(1) draw per request, nothing rejected), drawing a fixed count of
 * uniforms per request from its own stream so that variants stay synchronised. Pending requests
 * wait in per-campaign {@link ArrivalHeaps}; the simulation holds one arrival event per campaign.
 */
final class ThreatTraffic {
  private final ModelContext m;
  private final Accounts acc;
  private final double[] harmfulShare;
  private final double[] refusal;
  private final double[] recall;
  private final double[] latencyScale;
  private final int[] categoryMask;
  private final DoubleSampler[] latency;
  private final CampaignRate[] rates;
  private final ArrivalHeaps heaps;
  private final long[] campaignEvent;
  private final long[] campaignEventAt;

  ThreatTraffic(ModelContext m) {
    this.m = m;
    this.acc = m.accounts;
    ModelParameters p = m.parameters;
    harmfulShare = p.values(Parameter.CAMPAIGN_HARMFUL_SHARE);
    refusal = p.values(Parameter.REFUSAL_PROBABILITY);
    recall = p.values(Parameter.CLASSIFIER_RECALL);
    latencyScale = p.values(Parameter.CLASSIFIER_LATENCY_SCALE);
    heaps = new ArrivalHeaps(m.campaignSpecs.length);
    campaignEvent = new long[m.campaignSpecs.length];
    java.util.Arrays.fill(campaignEvent, -1L);
    campaignEventAt = new long[m.campaignSpecs.length];
    rates = new CampaignRate[m.campaignSpecs.length];
    for (int c = 0; c < rates.length; c++) {
      rates[c] = new CampaignRate(m, c);
    }
    int n = m.spec.defenses().classifiers().size();
    categoryMask = new int[n];
    latency = new DoubleSampler[n];
    for (int k = 0; k < n; k++) {
      ClassifierSpec c = m.spec.defenses().classifiers().get(k);
      for (var cat : c.categories()) {
        categoryMask[k] |= 1 << cat.ordinal();
      }
      latency[k] = DistributionSamplers.of(c.latency());
    }
  }

  /**
   * A campaign's arrival event: the account with the earliest pending request sends it, and the
   * event is re-armed at the campaign's next pending request.
   */
  void onArrivals(int c) {
    campaignEvent[c] = -1L;
    if (!heaps.isEmpty(c) && heaps.minTime(c) <= m.now()) {
      int a = heaps.poll(c);
      acc.setPendingRequest(a, -1L);
      onRequest(a);
    }
    arm(c);
  }

  /** Makes sure the campaign's arrival event fires no later than its earliest pending request. */
  private void arm(int c) {
    if (heaps.isEmpty(c)) {
      return;
    }
    long t = heaps.minTime(c);
    if (campaignEvent[c] >= 0) {
      if (campaignEventAt[c] <= t) {
        return;
      }
      m.sim.cancel(campaignEvent[c]);
    }
    campaignEvent[c] = m.scheduleAt(t, EventTypes.PRIORITY_NORMAL, EventTypes.REQUEST, c);
    campaignEventAt[c] = t;
  }

  /** Handles one request of an account and schedules its next. */
  private void onRequest(int a) {
    long now = m.now();
    int c = acc.campaign(a);
    if (!acc.isActive(a) || !m.campaigns.running(c, now)) {
      return;
    }
    long quietUntil = m.networks.quietUntil[acc.network(a)];
    if (now < quietUntil) {
      scheduleNext(a, quietUntil);
      return;
    }
    request(a, c, now, acc.requests[a]);
    if (acc.isActive(a)) {
      scheduleNext(a, now);
    }
  }

  /** Draws the account's next request after {@code from}, if one comes while the campaign runs. */
  void scheduleNext(int a, long from) {
    int c = acc.campaign(a);
    long at =
        m.calendar.nextArrival(
            from, acc.requests[a].exponential(1.0), m.campaigns.endAt[c], rates[c]);
    if (at >= 0) {
      heaps.add(c, a, at);
      acc.setPendingRequest(a, at);
      arm(c);
    }
  }

  /** Forgets a campaign's cached hourly rates (it started, or its rate changed). */
  void invalidateRate(int c) {
    rates[c].invalidate();
  }

  /** Cancels and redraws an account's pending arrival (after a rate change). */
  void reschedule(int a) {
    cancelPending(a);
    if (acc.isActive(a)) {
      scheduleNext(a, m.now());
    }
  }

  /** Cancels an account's pending request, if any (the campaign's event re-arms when it fires). */
  void cancelPending(int a) {
    if (acc.pendingRequest(a) >= 0) {
      heaps.remove(acc.campaign(a), a);
      acc.setPendingRequest(a, -1L);
    }
  }

  private void request(int a, int c, long now, RandomStream rs) {
    m.recorder.onThreatRequest();
    boolean harmful = rs.nextDouble() < harmfulShare[c];
    double uRefuse = rs.nextDouble();
    double uModify = rs.nextDouble();
    double flagDelayHours = classify(a, c, rs, harmful);
    if (!harmful) {
      return;
    }
    if (acc.firstHarmAt(a) < 0) {
      acc.setFirstHarmAt(a, now);
    }
    Outcome outcome = outcome(a, c, now, uRefuse, uModify);
    if (m.log.active()) {
      m.log.account(
          ObservedKind.HARMFUL_REQUEST,
          a,
          -1,
          outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (flagDelayHours >= 0) {
      m.scheduleIn(flagDelayHours, EventTypes.FLAG, a);
    }
  }

  /** Refusal, then prompt modification, else delivery: where this harmful request ends. */
  private Outcome outcome(int a, int c, long now, double uRefuse, double uModify) {
    int ch = acc.channel(a);
    int cat = m.campaignSpecs[c].category().ordinal();
    ModelParameters p = m.parameters;
    Outcome outcome;
    if (p.defenseOn(ch, DefenseKind.REFUSAL) && uRefuse < refusal[cat]) {
      outcome = Outcome.REFUSED;
      m.recorder.onRefused(cat, ch, m.calendar.dayIndex(now));
    } else if (p.defenseOn(ch, DefenseKind.PROMPT_MODIFICATION)
        && uModify < p.get(Parameter.PROMPT_MODIFICATION_HARM_REDUCTION)) {
      outcome = Outcome.NEUTRALISED;
      m.recorder.onNeutralised(cat, ch);
    } else {
      boolean detected = acc.detectedAt(a) >= 0;
      outcome = detected ? Outcome.DELIVERED_AFTER_DETECTION : Outcome.DELIVERED_UNDETECTED;
      m.recorder.onDelivered(cat, ch, m.campaignSpecs[c].severity(), detected, now);
    }
    return outcome;
  }

  /**
   * Draws one uniform per classifier (always, for synchronisation) and returns the shortest latency
   * in hours among those that flag this harmful request, or -1 when none does.
   */
  private double classify(int a, int c, RandomStream rs, boolean harmful) {
    int ch = acc.channel(a);
    int catBit = 1 << m.campaignSpecs[c].category().ordinal();
    boolean channelOn = m.parameters.defenseOn(ch, DefenseKind.CLASSIFIER);
    double multiplier = m.networks.recallMultiplier[acc.network(a)];
    double best = -1.0;
    for (int k = 0; k < recall.length; k++) {
      double u = rs.nextDouble();
      if (harmful
          && channelOn
          && m.parameters.classifierOn(k)
          && (categoryMask[k] & catBit) != 0
          && u < recall[k] * multiplier) {
        double hours = latency[k].sample(acc.classifierStream(a)) * latencyScale[k];
        best = best < 0 ? hours : Math.min(best, hours);
      }
    }
    return best;
  }
}
