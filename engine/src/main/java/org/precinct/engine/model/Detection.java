package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Turns evidence into review cases: the flagging rule (k flags within a window, one open case per
 * account), periodic coordinated-behaviour detection that links a network's flagged accounts with a
 * recall growing with their number, and periodic use-case audits of API accounts. Cases go to a
 * {@link CaseSink}; where review is off, a confirmed threat goes straight to {@link AccountFates}.
 */
final class Detection implements EventHandler, FlagSink {
  private final ModelSetup setup;
  private final ScenarioSpec spec;
  private final ModelParameters parameters;
  private final Population population;
  private final Accounts acc;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final FlagRule rule;
  private final FlagWindows flags;
  private final CaseSink cases;
  private final AccountFates fates;
  private final int reviewQueue;
  private final int networkQueue;
  private final EntityStreams coordinationStreams;
  private final StreamFamily auditStreams;
  private final EntityStreams benignAuditStreams;

  Detection(
      ModelSetup setup,
      ModelParameters parameters,
      Population population,
      Instruments tools,
      DetectionLinks outbound) {
    this.setup = setup;
    this.spec = setup.spec();
    this.parameters = parameters;
    this.population = population;
    this.acc = population.accounts();
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.rule = outbound.rule();
    this.flags = new FlagWindows(outbound.flagCapacity(), 256);
    this.cases = outbound.cases();
    this.fates = outbound.fates();
    this.reviewQueue = setup.reviewQueue();
    this.networkQueue = setup.index().queue(spec.enforcement().networkQueueId());
    this.coordinationStreams = new EntityStreams(tools.streams(), "coordination");
    this.auditStreams = tools.streams().family("audit");
    this.benignAuditStreams = new EntityStreams(tools.streams(), "benign-audit");
  }

  /** Schedules the first coordination batch and the first audit. */
  void schedulePeriodic() {
    clock.at(
        spec.defenses().coordination().periodTicks(),
        EventTypes.PRIORITY_NORMAL,
        this,
        EventTypes.COORDINATION,
        0);
    clock.at(
        spec.defenses().audit().periodTicks(),
        EventTypes.PRIORITY_NORMAL,
        this,
        EventTypes.AUDIT,
        0);
  }

  @Override
  public void flagAfter(int account, double hours) {
    clock.in(hours, this, EventTypes.FLAG, account);
  }

  @Override
  public void onEvent(int type, long payload) {
    switch (type) {
      case EventTypes.FLAG -> onFlagged((int) payload);
      case EventTypes.COORDINATION -> onCoordinationBatch();
      case EventTypes.AUDIT -> onAuditBatch();
      default -> throw new IllegalStateException("detection got event type " + type);
    }
  }

  /** A classifier flag on a threat account arrives (after the classifier's latency). */
  private void onFlagged(int a) {
    int c = acc.campaign(a);
    recorder.onFlagged(setup.campaigns()[c].category().ordinal(), clock.now());
    if (acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    if (!acc.flaggedEver[a]) {
      acc.flaggedEver[a] = true;
      if (acc.isActive(a)) {
        population.networks().flaggedActive[acc.network(a)]++;
      }
    }
    boolean open = flags.flag(a, clock.now(), rule.flagsToOpenCase(), rule.windowTicks());
    if (open && parameters.defenseOn(acc.channel(a), DefenseKind.FLAGGING)) {
      openThreatCase(a, "flags");
    }
  }

  /** Opens a review case on a threat account unless it has one or an action is on its way. */
  private void openThreatCase(int a, String source) {
    if (acc.openCase[a] >= 0 || acc.actionPending[a] || acc.state(a) == Accounts.SUSPENDED) {
      return;
    }
    markDetected(a, source);
    if (!parameters.defenseOn(acc.channel(a), DefenseKind.REVIEW)) {
      flags.clear(a);
      fates.confirmedThreat(a, setup.campaignQueue(acc.campaign(a)));
      return;
    }
    int c = acc.campaign(a);
    acc.openCase[a] =
        cases.open(CaseTable.THREAT_ACCOUNT, a, setup.severityLevel(c), setup.campaignQueue(c));
  }

  private void markDetected(int a, String source) {
    if (population.markDetected(a, clock.now())) {
      log.account(ObservedKind.DETECTED, a, -1, source);
    }
  }

  /** Forgets an account's flags after its case was decided. */
  void clearFlags(int a) {
    flags.clear(a);
  }

  /** The periodic batch linking each network's flagged active accounts into a network case. */
  private void onCoordinationBatch() {
    NetworkStates n = population.networks();
    double base = parameters.get(Parameter.COORDINATION_BASE_RECALL);
    double per = parameters.get(Parameter.COORDINATION_RECALL_PER_ACCOUNT);
    boolean on = parameters.globalDefenseOn(DefenseKind.COORDINATION);
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
    long next = clock.now() + spec.defenses().coordination().periodTicks();
    if (next <= clock.endTicks()) {
      clock.at(next, EventTypes.PRIORITY_NORMAL, this, EventTypes.COORDINATION, 0);
    }
  }

  private void openNetworkCase(int net) {
    IntArrayList members = population.networks().members[net];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (acc.isActive(a) && acc.flaggedEver[a]) {
        markDetected(a, "coordination");
      }
    }
    population.networks().openCase[net] =
        cases.open(CaseTable.NETWORK, net, ReviewQueue.NETWORK_LEVEL, networkQueue);
  }

  /**
   * The cost of a round on legitimate customers: a Poisson count (mean customers x share) of benign
   * API customers audited, each one customer friction and one review case of its own.
   */
  private void auditBenignCustomers(double share) {
    int customers = spec.defenses().audit().benignCustomers();
    if (customers == 0 || !parameters.globalDefenseOn(DefenseKind.AUDIT)) {
      return;
    }
    long audited = PoissonCount.sample(benignAuditStreams.get(0), customers * share);
    recorder.benignAudited += audited;
    for (long i = 0; i < audited; i++) {
      cases.open(CaseTable.BENIGN_AUDIT, (int) i, ReviewQueue.BACKGROUND_LEVEL, reviewQueue);
    }
  }

  /** The periodic use-case audit: samples active API accounts; an abusive one found gets a case. */
  private void onAuditBatch() {
    double share = parameters.get(Parameter.AUDIT_SAMPLE_SHARE);
    double detect = parameters.get(Parameter.AUDIT_DETECTION_PROBABILITY);
    for (int a = 0; a < acc.size(); a++) {
      if (acc.isActive(a) && parameters.defenseOn(acc.channel(a), DefenseKind.AUDIT)) {
        var rs = auditStreams.stream(acc.entityKey(a));
        boolean sampled = rs.nextDouble() < share;
        if (rs.nextDouble() < detect && sampled) {
          openThreatCase(a, "audit");
        }
      }
    }
    auditBenignCustomers(share);
    long next = clock.now() + spec.defenses().audit().periodTicks();
    if (next <= clock.endTicks()) {
      clock.at(next, EventTypes.PRIORITY_NORMAL, this, EventTypes.AUDIT, 0);
    }
  }
}
