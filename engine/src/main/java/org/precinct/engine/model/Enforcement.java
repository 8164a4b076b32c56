package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The enforcement ladder after a confirmed violation (a warning below a severity, else suspension
 * after a delay; a confirmed network case takes down the network), partner referral where the
 * provider cannot suspend, and the network's adaptation after each enforcement.
 */
final class Enforcement implements EventHandler, AccountFates {
  private final ModelSetup setup;
  private final ScenarioSpec spec;
  private final ModelParameters parameters;
  private final Population population;
  private final Accounts acc;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final EnforcementLinks links;
  private final DoubleSampler suspensionDelay;
  private final DoubleSampler takedownDelay;
  private final DoubleSampler[] partnerDelay;
  private final boolean[] partnerChannel;
  private final EntityStreams networkStreams;
  private final int reviewQueue;

  Enforcement(
      ModelSetup setup,
      ModelParameters parameters,
      Population population,
      Instruments tools,
      EnforcementLinks links) {
    this.setup = setup;
    this.spec = setup.spec();
    this.parameters = parameters;
    this.population = population;
    this.acc = population.accounts();
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.links = links;
    suspensionDelay = DistributionSamplers.of(spec.enforcement().suspensionDelay());
    takedownDelay = DistributionSamplers.of(spec.enforcement().takedownDelay());
    int n = spec.channels().size();
    partnerDelay = new DoubleSampler[n];
    partnerChannel = new boolean[n];
    for (int ch = 0; ch < n; ch++) {
      ChannelSpec channel = spec.channels().get(ch);
      partnerChannel[ch] = channel.kind() == ChannelKind.PARTNER_PLATFORM;
      if (partnerChannel[ch]) {
        partnerDelay[ch] = DistributionSamplers.of(channel.partner().actionDelay());
      }
    }
    networkStreams = new EntityStreams(tools.streams(), "takedown");
    reviewQueue = setup.reviewQueue();
  }

  @Override
  public void onEvent(int type, long payload) {
    switch (type) {
      case EventTypes.SUSPEND -> onSuspend((int) payload);
      case EventTypes.TAKEDOWN -> onTakedown((int) payload);
      case EventTypes.PARTNER_ACTION -> onPartnerAction(payload);
      default -> throw new IllegalStateException("enforcement got event type " + type);
    }
  }

  /** A confirmed threat account's violation: climb the ladder. */
  @Override
  public void confirmedThreat(int a, int queue) {
    if (acc.state(a) == Accounts.SUSPENDED || acc.actionPending[a]) {
      return;
    }
    int ch = acc.channel(a);
    if (partnerChannel[ch]) {
      refer(a);
      return;
    }
    if (!parameters.defenseOn(ch, DefenseKind.ENFORCEMENT)) {
      return;
    }
    double severity = setup.campaigns()[acc.campaign(a)].severity();
    if (severity < parameters.get(Parameter.WARN_BELOW_SEVERITY) && !acc.warned[a]) {
      acc.warned[a] = true;
      log.account(ObservedKind.WARNED, a, -1, "warning");
      return;
    }
    acc.actionPending[a] = true;
    double hours =
        suspensionDelay.sample(acc.reviewStream(a))
            * parameters.get(Parameter.SUSPENSION_DELAY_SCALE);
    clock.in(hours, this, EventTypes.SUSPEND, a);
  }

  /** Refers an account on a partner platform; the partner acts after its delay, or never. */
  private void refer(int a) {
    int ch = acc.channel(a);
    if (!parameters.defenseOn(ch, DefenseKind.PARTNER_REFERRAL)) {
      return;
    }
    recorder.partnerReferrals++;
    acc.actionPending[a] = true;
    log.account(ObservedKind.REFERRED, a, -1, spec.channels().get(ch).partner().partnerName());
    RandomStream rs = acc.reviewStream(a);
    boolean acts = rs.nextDouble() < parameters.get(Parameter.PARTNER_ACTION_PROBABILITY, ch);
    double hours = partnerDelay[ch].sample(rs) * parameters.get(Parameter.PARTNER_DELAY_SCALE, ch);
    clock.in(hours, this, EventTypes.PARTNER_ACTION, (acts ? 1L << 32 : 0L) | a);
  }

  private void onPartnerAction(long payload) {
    int a = (int) payload;
    acc.actionPending[a] = false;
    if ((payload >>> 32) != 0) {
      suspend(a, "partner");
    }
  }

  private void onSuspend(int a) {
    acc.actionPending[a] = false;
    suspend(a, "provider");
  }

  /** A network case was decided: a confirmed one is taken down after the takedown delay. */
  void onNetworkReviewed(int net, boolean confirmed) {
    if (!confirmed) {
      population.networks().openCase[net] = -1;
      return;
    }
    double hours =
        takedownDelay.sample(networkStreams.get(net))
            * parameters.get(Parameter.TAKEDOWN_DELAY_SCALE);
    clock.in(hours, this, EventTypes.TAKEDOWN, net);
  }

  /**
   * Takes down the network's linked accounts: every active member with classifier flags on record
   * (referring those on partner platforms); members without any flag stay unseen.
   */
  private void onTakedown(int net) {
    population.networks().openCase[net] = -1;
    population.networks().takedowns++;
    IntArrayList members = population.networks().members[net];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (!acc.isActive(a) || acc.actionPending[a] || !acc.flaggedEver[a]) {
        continue;
      }
      if (population.markDetected(a, clock.now())) {
        log.account(ObservedKind.DETECTED, a, -1, "coordination");
      }
      if (partnerChannel[acc.channel(a)]) {
        refer(a);
      } else if (parameters.defenseOn(acc.channel(a), DefenseKind.ENFORCEMENT)) {
        suspend(a, "network-takedown");
      }
    }
  }

  /** Suspends an account now: it stops, its network adapts, its campaign may re-create it. */
  private void suspend(int a, String by) {
    if (acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    log.account(ObservedKind.SUSPENDED, a, -1, by);
    long now = clock.now();
    int c = acc.campaign(a);
    boolean wasActive = acc.isActive(a);
    links.traffic().cancelPending(a);
    population.leaveActive(a, Accounts.SUSPENDED);
    acc.enforcedAt[a] = now;
    links.reach().removed(a);
    recorder.onEnforced(c, now);
    population.campaigns().noteEnforcement(c, now);
    if (wasActive) {
      adapt(c, acc.network(a));
      links.recreation().afterSuspension(c);
    }
    int queue = setup.campaignQueue(c);
    if (acc.reviewStream(a).nextDouble() < parameters.get(Parameter.QUEUE_APPEAL_SHARE, queue)) {
      links.cases().open(CaseTable.THREAT_APPEAL, a, ReviewQueue.APPEAL_LEVEL, queue);
    }
    population.campaigns().checkDisrupted(c, now);
  }

  private void adapt(int c, int net) {
    var adaptation = setup.campaigns()[c].adaptation();
    NetworkStates networks = population.networks();
    networks.recallMultiplier[net] =
        adaptation.compounds()
            ? Math.max(
                Math.min(adaptation.recallFloor(), networks.recallMultiplier[net]),
                networks.recallMultiplier[net] * adaptation.recallPenalty())
            : Math.min(networks.recallMultiplier[net], adaptation.recallPenalty());
    networks.quietUntil[net] =
        Math.max(networks.quietUntil[net], clock.now() + adaptation.quietTicks());
    if (!adaptation.moveToChannelId().isEmpty()) {
      population.campaigns().channelForNew[c] = setup.index().channel(adaptation.moveToChannelId());
    }
  }
}
