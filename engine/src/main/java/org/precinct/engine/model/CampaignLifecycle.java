package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.AccountsSpec;
import org.precinct.engine.spec.Parameter;

/**
 * A campaign's life: start (initial accounts), growth (a Poisson stream of new accounts), the
 * re-creation of suspended accounts after a delay up to a cap, and its end or stop; account counts
 * here decide when a campaign is disrupted.
 */
final class CampaignLifecycle {
  private final ModelContext m;
  private final EntityStreams growthStreams;
  private final EntityStreams recreateStreams;
  private final DoubleSampler[] recreateDelay;

  CampaignLifecycle(ModelContext m) {
    this.m = m;
    this.growthStreams = new EntityStreams(m.streams, "growth");
    this.recreateStreams = new EntityStreams(m.streams, "recreate");
    this.recreateDelay = new DoubleSampler[m.campaignSpecs.length];
    for (int c = 0; c < recreateDelay.length; c++) {
      recreateDelay[c] = DistributionSamplers.of(m.campaignSpecs[c].accounts().recreateDelay());
    }
  }

  /** Schedules the start of every campaign declared active. */
  void scheduleStarts() {
    for (int c = 0; c < m.campaignSpecs.length; c++) {
      if (m.campaignSpecs[c].active() && m.campaignSpecs[c].startTicks() < m.calendar.endTicks()) {
        m.scheduleAt(
            m.campaignSpecs[c].startTicks(),
            EventTypes.PRIORITY_NORMAL,
            EventTypes.CAMPAIGN_START,
            c);
      }
    }
  }

  /** Starts a campaign now; one started by a change runs for its declared duration from now. */
  void start(int c) {
    CampaignStates s = m.campaigns;
    if (s.started[c] || s.stopped[c]) {
      return;
    }
    long now = m.now();
    var spec = m.campaignSpecs[c];
    s.started[c] = true;
    s.startedAt[c] = now;
    s.endAt[c] = Math.min(m.calendar.endTicks(), now + (spec.endTicks() - spec.startTicks()));
    m.threat.invalidateRate(c);
    spawnInitial(c);
    scheduleGrowth(c);
    if (s.endAt[c] < m.calendar.endTicks()) {
      m.scheduleAt(s.endAt[c], EventTypes.PRIORITY_NORMAL, EventTypes.CAMPAIGN_END, c);
    }
  }

  /** Adds initial accounts up to the current target (also after the target is raised). */
  void spawnInitial(int c) {
    CampaignStates s = m.campaigns;
    if (!s.running(c, m.now())) {
      return;
    }
    int target = (int) Math.round(m.parameters.get(Parameter.CAMPAIGN_ACCOUNTS, c));
    while (s.initialSpawned[c] < target) {
      s.initialSpawned[c]++;
      spawn(c);
    }
  }

  private int spawn(int c) {
    CampaignStates s = m.campaigns;
    int a =
        m.accounts.add(
            c, s.channelForNew[c], m.index.networkOfCampaign(c), s.created[c]++, m.now());
    s.active[c]++;
    s.members[c].add(a);
    m.networks.members[m.index.networkOfCampaign(c)].add(a);
    m.threat.scheduleNext(a, m.now());
    return a;
  }

  private void scheduleGrowth(int c) {
    double perDay = m.parameters.get(Parameter.CAMPAIGN_GROWTH_PER_DAY, c);
    if (perDay <= 0.0) {
      return;
    }
    double gapHours = growthStreams.get(c).exponential(24.0 / perDay);
    long at = m.now() + Ticks.ofHours(gapHours);
    if (at < m.campaigns.endAt[c]) {
      m.campaigns.growthEvent[c] =
          m.scheduleAt(at, EventTypes.PRIORITY_NORMAL, EventTypes.GROWTH, c);
    }
  }

  void onGrowth(int c) {
    m.campaigns.growthEvent[c] = -1L;
    if (m.campaigns.running(c, m.now())) {
      spawn(c);
      scheduleGrowth(c);
    }
  }

  /**
   * After a suspension: replaces the account later if the campaign re-creates and is under its cap.
   */
  void maybeRecreate(int c) {
    AccountsSpec spec = m.campaignSpecs[c].accounts();
    CampaignStates s = m.campaigns;
    double cap = m.parameters.get(Parameter.CAMPAIGN_RECREATE_CAP, c);
    if (spec.recreate() && s.recreated[c] < cap && s.running(c, m.now())) {
      s.recreated[c]++;
      s.pendingRecreations[c]++;
      RandomStream rs = recreateStreams.get(c);
      m.scheduleIn(recreateDelay[c].sample(rs), EventTypes.RECREATE, c);
    }
  }

  void onRecreate(int c) {
    CampaignStates s = m.campaigns;
    s.pendingRecreations[c]--;
    if (s.running(c, m.now())) {
      m.recorder.recreated++;
      m.log.account(ObservedKind.RECREATED, spawn(c), -1, "recreated");
    } else {
      s.checkDisrupted(c, m.now());
    }
  }

  /** Ends (or, by a change, stops) a campaign: its accounts stop sending. */
  void end(int c, boolean stoppedByChange) {
    CampaignStates s = m.campaigns;
    if (stoppedByChange) {
      s.stopped[c] = true;
    }
    if (!s.started[c]) {
      return;
    }
    s.endAt[c] = Math.min(s.endAt[c], m.now());
    IntArrayList members = s.members[c];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (m.accounts.isActive(a)) {
        m.threat.cancelPending(a);
        m.enforcement.leaveActive(a, Accounts.STOPPED);
      }
    }
  }

  /** Redraws the pending arrivals of a campaign's accounts after its rate changed. */
  void onRateChanged(int c) {
    m.threat.invalidateRate(c);
    IntArrayList members = m.campaigns.members[c];
    for (int i = 0; i < members.size(); i++) {
      m.threat.reschedule(members.get(i));
    }
  }
}
