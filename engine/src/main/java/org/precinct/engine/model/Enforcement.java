package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * The enforcement ladder after a confirmed review (a warning below a severity, else suspension
 * after a delay; a confirmed network case takes down the network), partner referral where the
 * provider cannot suspend, and the network's adaptation after each enforcement.
 */
final class Enforcement {
  private final ModelContext m;
  private final Accounts acc;
  private final DoubleSampler suspensionDelay;
  private final DoubleSampler takedownDelay;
  private final DoubleSampler[] partnerDelay;
  private final boolean[] partnerChannel;
  private final EntityStreams networkStreams;
  private final int reviewQueue;

  Enforcement(ModelContext m) {
    this.m = m;
    this.acc = m.accounts;
    suspensionDelay = DistributionSamplers.of(m.spec.enforcement().suspensionDelay());
    takedownDelay = DistributionSamplers.of(m.spec.enforcement().takedownDelay());
    int n = m.spec.channels().size();
    partnerDelay = new DoubleSampler[n];
    partnerChannel = new boolean[n];
    for (int ch = 0; ch < n; ch++) {
      ChannelSpec spec = m.spec.channels().get(ch);
      partnerChannel[ch] = spec.kind() == ChannelKind.PARTNER_PLATFORM;
      if (partnerChannel[ch]) {
        partnerDelay[ch] = DistributionSamplers.of(spec.partner().actionDelay());
      }
    }
    networkStreams = new EntityStreams(m.streams, "takedown");
    reviewQueue = m.index.queue(m.spec.enforcement().reviewQueueId());
  }

  boolean isPartnerChannel(int channel) {
    return partnerChannel[channel];
  }

  /** A reviewer confirmed a threat account's violation: climb the ladder. */
  void onConfirmedThreat(int a, int queue) {
    if (acc.state(a) == Accounts.SUSPENDED || acc.actionPending[a]) {
      return;
    }
    int ch = acc.channel(a);
    if (partnerChannel[ch]) {
      refer(a);
      return;
    }
    if (!m.parameters.defenseOn(ch, DefenseKind.ENFORCEMENT)) {
      return;
    }
    double severity = m.campaignSpecs[acc.campaign(a)].severity();
    if (severity < m.parameters.get(Parameter.WARN_BELOW_SEVERITY) && !acc.warned[a]) {
      acc.warned[a] = true;
      m.log.account(ObservedKind.WARNED, a, -1, "warning");
      return;
    }
    acc.actionPending[a] = true;
    double hours =
        suspensionDelay.sample(acc.reviewStream(a))
            * m.parameters.get(Parameter.SUSPENSION_DELAY_SCALE);
    m.scheduleIn(hours, EventTypes.SUSPEND, a);
  }

  /** Refers an account on a partner platform; the partner acts after its delay, or never. */
  private void refer(int a) {
    int ch = acc.channel(a);
    if (!m.parameters.defenseOn(ch, DefenseKind.PARTNER_REFERRAL)) {
      return;
    }
    m.recorder.partnerReferrals++;
    acc.actionPending[a] = true;
    m.log.account(ObservedKind.REFERRED, a, -1, m.spec.channels().get(ch).partner().partnerName());
    RandomStream rs = acc.reviewStream(a);
    boolean acts = rs.nextDouble() < m.parameters.get(Parameter.PARTNER_ACTION_PROBABILITY, ch);
    double hours =
        partnerDelay[ch].sample(rs) * m.parameters.get(Parameter.PARTNER_DELAY_SCALE, ch);
    m.scheduleIn(hours, EventTypes.PARTNER_ACTION, (acts ? 1L << 32 : 0L) | a);
  }

  void onPartnerAction(long payload) {
    int a = (int) payload;
    acc.actionPending[a] = false;
    if ((payload >>> 32) != 0) {
      suspend(a, "partner");
    }
  }

  void onSuspend(int a) {
    acc.actionPending[a] = false;
    suspend(a, "provider");
  }

  /** A network case was decided: a confirmed one is taken down after the takedown delay. */
  void onNetworkReviewed(int net, boolean confirmed) {
    if (!confirmed) {
      m.networks.openCase[net] = -1;
      return;
    }
    double hours =
        takedownDelay.sample(networkStreams.get(net))
            * m.parameters.get(Parameter.TAKEDOWN_DELAY_SCALE);
    m.scheduleIn(hours, EventTypes.TAKEDOWN, net);
  }

  /**
   * Takes down the network's linked accounts: every active member with classifier flags on record
   * (referring those on partner platforms); members without any flag stay unseen.
   */
  void onTakedown(int net) {
    m.networks.openCase[net] = -1;
    IntArrayList members = m.networks.members[net];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (!acc.isActive(a) || acc.actionPending[a] || !acc.flaggedEver[a]) {
        continue;
      }
      m.detection.markDetected(a, "coordination");
      if (partnerChannel[acc.channel(a)]) {
        refer(a);
      } else if (m.parameters.defenseOn(acc.channel(a), DefenseKind.ENFORCEMENT)) {
        suspend(a, "network-takedown");
      }
    }
  }

  /** Suspends an account now: it stops, its network adapts, its campaign may re-create it. */
  private void suspend(int a, String by) {
    if (acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    m.log.account(ObservedKind.SUSPENDED, a, -1, by);
    long now = m.now();
    int c = acc.campaign(a);
    boolean wasActive = acc.isActive(a);
    m.threat.cancelPending(a);
    leaveActive(a, Accounts.SUSPENDED);
    acc.enforcedAt[a] = now;
    m.recorder.onEnforced(now);
    m.campaigns.noteEnforcement(c, now);
    if (wasActive) {
      adapt(c, acc.network(a));
      m.lifecycle.maybeRecreate(c);
    }
    if (acc.reviewStream(a).nextDouble()
        < m.parameters.get(Parameter.QUEUE_APPEAL_SHARE, reviewQueue)) {
      m.desk.open(CaseTable.THREAT_APPEAL, a, ReviewQueue.APPEAL_LEVEL, reviewQueue);
    }
    m.campaigns.checkDisrupted(c, now);
  }

  /** Moves an active account to a final state, keeping the campaign and network counts right. */
  void leaveActive(int a, byte state) {
    if (acc.isActive(a)) {
      m.campaigns.active[acc.campaign(a)]--;
      if (acc.flaggedEver[a]) {
        m.networks.flaggedActive[acc.network(a)]--;
      }
    }
    acc.setState(a, state);
  }

  private void adapt(int c, int net) {
    var adaptation = m.campaignSpecs[c].adaptation();
    m.networks.recallMultiplier[net] =
        Math.min(m.networks.recallMultiplier[net], adaptation.recallPenalty());
    m.networks.quietUntil[net] =
        Math.max(m.networks.quietUntil[net], m.now() + adaptation.quietTicks());
    if (!adaptation.moveToChannelId().isEmpty()) {
      m.campaigns.channelForNew[c] = m.index.channel(adaptation.moveToChannelId());
    }
  }
}
