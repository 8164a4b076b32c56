package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.FlaggingSpec;
import org.precinct.engine.spec.Parameter;

/**
 * Turns evidence into review cases: the flagging rule (k flags within a window, one open case per
 * account), periodic coordinated-behaviour detection that links a network's flagged accounts with a
 * recall growing with their number, and periodic use-case audits of API accounts.
 */
final class Detection {
  private final ModelContext m;
  private final Accounts acc;
  private final FlagWindows flags;
  private final long windowTicks;
  private final int reviewQueue;
  private final int networkQueue;
  private final EntityStreams coordinationStreams;
  private final StreamFamily auditStreams;

  Detection(ModelContext m, int flagCapacity) {
    this.m = m;
    this.acc = m.accounts;
    FlaggingSpec flagging = m.spec.defenses().flagging();
    this.flags = new FlagWindows(flagCapacity, 256);
    this.windowTicks = flagging.windowTicks();
    this.reviewQueue = m.index.queue(m.spec.enforcement().reviewQueueId());
    this.networkQueue = m.index.queue(m.spec.enforcement().networkQueueId());
    this.coordinationStreams = new EntityStreams(m.streams, "coordination");
    this.auditStreams = m.streams.family("audit");
  }

  /** Schedules the first coordination batch and the first audit. */
  void schedulePeriodic() {
    m.scheduleAt(
        m.spec.defenses().coordination().periodTicks(),
        EventTypes.PRIORITY_NORMAL,
        EventTypes.COORDINATION,
        0);
    m.scheduleAt(
        m.spec.defenses().audit().periodTicks(), EventTypes.PRIORITY_NORMAL, EventTypes.AUDIT, 0);
  }

  int flagsToOpenCase() {
    return (int) Math.round(m.parameters.get(Parameter.FLAGS_TO_OPEN_CASE));
  }

  long windowTicks() {
    return windowTicks;
  }

  /** A classifier flag on a threat account arrives (after the classifier's latency). */
  void onFlagged(int a) {
    int c = acc.campaign(a);
    m.recorder.onFlagged(m.campaignSpecs[c].category().ordinal(), m.now());
    if (acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    if (!acc.flaggedEver[a]) {
      acc.flaggedEver[a] = true;
      if (acc.isActive(a)) {
        m.networks.flaggedActive[acc.network(a)]++;
      }
    }
    boolean rule = flags.flag(a, m.now(), flagsToOpenCase(), windowTicks);
    if (rule && m.parameters.defenseOn(acc.channel(a), DefenseKind.FLAGGING)) {
      openThreatCase(a, "flags");
    }
  }

  /** Opens a review case on a threat account unless it has one or an action is on its way. */
  void openThreatCase(int a, String source) {
    if (acc.openCase[a] >= 0 || acc.actionPending[a] || acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    markDetected(a, source);
    if (!m.parameters.defenseOn(acc.channel(a), DefenseKind.REVIEW)) {
      flags.clear(a);
      m.enforcement.onConfirmedThreat(a, reviewQueue);
      return;
    }
    acc.openCase[a] =
        m.desk.open(CaseTable.THREAT_ACCOUNT, a, m.severityLevel(acc.campaign(a)), reviewQueue);
  }

  /** Records the account's first detection (and its campaign's), naming how it was found. */
  void markDetected(int a, String source) {
    if (acc.detectedAt(a) < 0) {
      acc.setDetectedAt(a, m.now());
      m.campaigns.noteDetection(acc.campaign(a), m.now());
      m.log.account(ObservedKind.DETECTED, a, -1, source);
    }
  }

  /** Forgets an account's flags after its case was decided. */
  void clearFlags(int a) {
    flags.clear(a);
  }

  /** The periodic batch linking each network's flagged active accounts into a network case. */
  void onCoordinationBatch() {
    NetworkStates n = m.networks;
    double base = m.parameters.get(Parameter.COORDINATION_BASE_RECALL);
    double per = m.parameters.get(Parameter.COORDINATION_RECALL_PER_ACCOUNT);
    boolean on = m.parameters.globalDefenseOn(DefenseKind.COORDINATION);
    for (int net = 0; net < n.count(); net++) {
      double u = coordinationStreams.get(net).nextDouble();
      int linked = n.flaggedActive[net];
      if (on
          && linked >= 2
          && n.openCase[net] < 0
          && u < Math.min(1.0, base + per * (linked - 1))) {
        openNetworkCase(net);
      }
    }
    long next = m.now() + m.spec.defenses().coordination().periodTicks();
    if (next <= m.calendar.endTicks()) {
      m.scheduleAt(next, EventTypes.PRIORITY_NORMAL, EventTypes.COORDINATION, 0);
    }
  }

  private void openNetworkCase(int net) {
    IntArrayList members = m.networks.members[net];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (acc.isActive(a) && acc.flaggedEver[a]) {
        markDetected(a, "coordination");
      }
    }
    m.networks.openCase[net] =
        m.desk.open(CaseTable.NETWORK, net, ReviewQueue.NETWORK_LEVEL, networkQueue);
  }

  /** The periodic use-case audit: samples active API accounts; an abusive one found gets a case. */
  void onAuditBatch() {
    double share = m.parameters.get(Parameter.AUDIT_SAMPLE_SHARE);
    double detect = m.parameters.get(Parameter.AUDIT_DETECTION_PROBABILITY);
    for (int a = 0; a < acc.size(); a++) {
      if (acc.isActive(a) && m.parameters.defenseOn(acc.channel(a), DefenseKind.AUDIT)) {
        var rs = auditStreams.stream(acc.entityKey(a));
        boolean sampled = rs.nextDouble() < share;
        if (rs.nextDouble() < detect && sampled) {
          openThreatCase(a, "audit");
        }
      }
    }
    long next = m.now() + m.spec.defenses().audit().periodTicks();
    if (next <= m.calendar.endTicks()) {
      m.scheduleAt(next, EventTypes.PRIORITY_NORMAL, EventTypes.AUDIT, 0);
    }
  }
}
