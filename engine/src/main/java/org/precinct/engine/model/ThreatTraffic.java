package org.precinct.engine.model;

import java.util.Arrays;
import java.util.Locale;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * Threat accounts' requests and the model-side defenses on their path (refusal, prompt
 * modification), handing classification to {@link Classifiers} and its flags to a {@link FlagSink}:
 * each account is a non-homogeneous Poisson process, sampled by inverting its integrated hourly
 * rate (one Exp(1) draw per request, nothing rejected), drawing a fixed count of uniforms per
 * request from its own stream so that variants stay synchronised. Pending requests wait in
 * per-campaign {@link ArrivalHeaps}; the simulation holds one arrival event per campaign.
 */
final class ThreatTraffic implements EventHandler, TrafficControl {
  private final ModelSetup setup;
  private final ModelParameters parameters;
  private final Population population;
  private final Accounts acc;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final Classifiers classifiers;
  private final FlagSink flags;
  private final Reach reach;
  private final double[] harmfulShare;
  private final double[] refusal;
  private final double[] evasion;
  private final CampaignRate[] rates;
  private final ArrivalHeaps heaps;
  private final long[] campaignEvent;
  private final long[] campaignEventAt;

  ThreatTraffic(
      ModelSetup setup,
      ModelParameters parameters,
      Population population,
      Instruments tools,
      Classifiers classifiers,
      FlagSink flags,
      Reach reach) {
    this.setup = setup;
    this.parameters = parameters;
    this.population = population;
    this.acc = population.accounts();
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.classifiers = classifiers;
    this.flags = flags;
    this.reach = reach;
    int campaigns = setup.campaigns().length;
    harmfulShare = parameters.values(Parameter.CAMPAIGN_HARMFUL_SHARE);
    refusal = parameters.values(Parameter.REFUSAL_PROBABILITY);
    evasion = parameters.values(Parameter.CAMPAIGN_CLASSIFIER_EVASION);
    heaps = new ArrivalHeaps(campaigns);
    campaignEvent = new long[campaigns];
    Arrays.fill(campaignEvent, -1L);
    campaignEventAt = new long[campaigns];
    rates = new CampaignRate[campaigns];
    for (int c = 0; c < rates.length; c++) {
      rates[c] = new CampaignRate(setup, parameters, population.campaigns(), c);
    }
  }

  /**
   * A campaign's arrival event: the account with the earliest pending request sends it, and the
   * event is re-armed at the campaign's next pending request.
   */
  @Override
  public void onEvent(int type, long payload) {
    int c = (int) payload;
    campaignEvent[c] = -1L;
    if (!heaps.isEmpty(c) && heaps.minTime(c) <= clock.now()) {
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
      clock.cancel(campaignEvent[c]);
    }
    campaignEvent[c] = clock.at(t, EventTypes.PRIORITY_NORMAL, this, EventTypes.REQUEST, c);
    campaignEventAt[c] = t;
  }

  /** Handles one request of an account and schedules its next. */
  private void onRequest(int a) {
    long now = clock.now();
    int c = acc.campaign(a);
    if (!acc.isActive(a) || !population.campaigns().running(c, now)) {
      return;
    }
    long quietUntil = population.networks().quietUntil[acc.network(a)];
    if (now < quietUntil) {
      scheduleNext(a, quietUntil);
      return;
    }
    request(a, c, now, acc.requests[a]);
    if (acc.isActive(a)) {
      scheduleNext(a, now);
    }
  }

  @Override
  public void scheduleNext(int a, long from) {
    int c = acc.campaign(a);
    long at =
        setup
            .calendar()
            .nextArrival(
                from, acc.requests[a].exponential(1.0), population.campaigns().endAt[c], rates[c]);
    if (at >= 0) {
      heaps.add(c, a, at);
      acc.setPendingRequest(a, at);
      arm(c);
    }
  }

  @Override
  public void invalidateRate(int c) {
    rates[c].invalidate();
  }

  @Override
  public void reschedule(int a) {
    cancelPending(a);
    if (acc.isActive(a)) {
      scheduleNext(a, clock.now());
    }
  }

  @Override
  public void cancelPending(int a) {
    if (acc.pendingRequest(a) >= 0) {
      heaps.remove(acc.campaign(a), a);
      acc.setPendingRequest(a, -1L);
    }
  }

  private void request(int a, int c, long now, RandomStream rs) {
    recorder.onThreatRequest();
    boolean harmful = rs.nextDouble() < harmfulShare[c];
    double uRefuse = rs.nextDouble();
    double uModify = rs.nextDouble();
    int category = setup.campaigns()[c].category().ordinal();
    double multiplier = population.networks().recallMultiplier[acc.network(a)] * evasion[c];
    double flagDelayHours = classifiers.flagDelayHours(a, category, multiplier, harmful, rs);
    if (!harmful) {
      return;
    }
    if (acc.firstHarmAt(a) < 0) {
      acc.setFirstHarmAt(a, now);
    }
    Outcome outcome = outcome(a, c, now, uRefuse, uModify);
    if (log.active()) {
      log.account(
          ObservedKind.HARMFUL_REQUEST,
          a,
          -1,
          outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (flagDelayHours >= 0) {
      flags.flagAfter(a, flagDelayHours);
    }
  }

  /** Refusal, then prompt modification, else delivery: where this harmful request ends. */
  private Outcome outcome(int a, int c, long now, double uRefuse, double uModify) {
    int ch = acc.channel(a);
    int cat = setup.campaigns()[c].category().ordinal();
    Outcome outcome;
    recorder.voters.campaignHarmful[c]++;
    if (parameters.defenseOn(ch, DefenseKind.REFUSAL) && uRefuse < refusal[cat]) {
      outcome = Outcome.REFUSED;
      recorder.voters.campaignRefused[c]++;
      recorder.onRefused(cat, ch, setup.calendar().dayIndex(now));
    } else if (parameters.defenseOn(ch, DefenseKind.PROMPT_MODIFICATION)
        && uModify < parameters.get(Parameter.PROMPT_MODIFICATION_HARM_REDUCTION)) {
      outcome = Outcome.NEUTRALISED;
      recorder.onNeutralised(cat, ch);
    } else {
      boolean detected = acc.detectedAt(a) >= 0;
      outcome = detected ? Outcome.DELIVERED_AFTER_DETECTION : Outcome.DELIVERED_UNDETECTED;
      recorder.onDelivered(cat, ch, c, setup.campaigns()[c].severity(), detected, now);
      reach.delivered(a, c, ch);
    }
    return outcome;
  }
}
