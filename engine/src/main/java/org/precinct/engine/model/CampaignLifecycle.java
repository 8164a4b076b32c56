package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.precinct.engine.kernel.EventHandler;
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
final class CampaignLifecycle implements EventHandler, Recreation {
  private final ModelSetup setup;
  private final ModelParameters parameters;
  private final Population population;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final TrafficControl traffic;
  private final EntityStreams growthStreams;
  private final EntityStreams recreateStreams;
  private final DoubleSampler[] recreateDelay;

  CampaignLifecycle(
      ModelSetup setup,
      ModelParameters parameters,
      Population population,
      Instruments tools,
      TrafficControl traffic) {
    this.setup = setup;
    this.parameters = parameters;
    this.population = population;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.traffic = traffic;
    this.growthStreams = new EntityStreams(tools.streams(), "growth");
    this.recreateStreams = new EntityStreams(tools.streams(), "recreate");
    this.recreateDelay = new DoubleSampler[setup.campaigns().length];
    for (int c = 0; c < recreateDelay.length; c++) {
      recreateDelay[c] = DistributionSamplers.of(setup.campaigns()[c].accounts().recreateDelay());
    }
  }

  @Override
  public void onEvent(int type, long payload) {
    int c = (int) payload;
    switch (type) {
      case EventTypes.CAMPAIGN_START -> start(c);
      case EventTypes.CAMPAIGN_END -> end(c, false);
      case EventTypes.GROWTH -> onGrowth(c);
      case EventTypes.RECREATE -> onRecreate(c);
      default -> throw new IllegalStateException("campaign lifecycle got event type " + type);
    }
  }

  /** Schedules the start of every campaign declared active. */
  void scheduleStarts() {
    for (int c = 0; c < setup.campaigns().length; c++) {
      if (setup.campaigns()[c].active() && setup.campaigns()[c].startTicks() < clock.endTicks()) {
        clock.at(
            setup.campaigns()[c].startTicks(),
            EventTypes.PRIORITY_NORMAL,
            this,
            EventTypes.CAMPAIGN_START,
            c);
      }
    }
  }

  /** Starts a campaign now; one started by a change runs for its declared duration from now. */
  void start(int c) {
    CampaignStates s = population.campaigns();
    if (s.started[c] || s.stopped[c]) {
      return;
    }
    long now = clock.now();
    var spec = setup.campaigns()[c];
    s.started[c] = true;
    s.startedAt[c] = now;
    s.endAt[c] = Math.min(clock.endTicks(), now + (spec.endTicks() - spec.startTicks()));
    traffic.invalidateRate(c);
    spawnInitial(c);
    scheduleGrowth(c);
    if (s.endAt[c] < clock.endTicks()) {
      clock.at(s.endAt[c], EventTypes.PRIORITY_NORMAL, this, EventTypes.CAMPAIGN_END, c);
    }
  }

  /** Adds initial accounts up to the current target (also after the target is raised). */
  void spawnInitial(int c) {
    CampaignStates s = population.campaigns();
    if (!s.running(c, clock.now())) {
      return;
    }
    int target = (int) Math.round(parameters.get(Parameter.CAMPAIGN_ACCOUNTS, c));
    while (s.initialSpawned[c] < target) {
      s.initialSpawned[c]++;
      spawn(c);
    }
  }

  private int spawn(int c) {
    CampaignStates s = population.campaigns();
    int network = setup.index().networkOfCampaign(c);
    int a = population.accounts().add(c, s.channelForNew[c], network, s.created[c]++, clock.now());
    s.active[c]++;
    s.members[c].add(a);
    population.networks().members[network].add(a);
    traffic.scheduleNext(a, clock.now());
    return a;
  }

  private void scheduleGrowth(int c) {
    double perDay = parameters.get(Parameter.CAMPAIGN_GROWTH_PER_DAY, c);
    if (perDay <= 0.0) {
      return;
    }
    double gapHours = growthStreams.get(c).exponential(24.0 / perDay);
    long at = clock.now() + Ticks.ofHours(gapHours);
    if (at < population.campaigns().endAt[c]) {
      population.campaigns().growthEvent[c] =
          clock.at(at, EventTypes.PRIORITY_NORMAL, this, EventTypes.GROWTH, c);
    }
  }

  private void onGrowth(int c) {
    population.campaigns().growthEvent[c] = -1L;
    if (population.campaigns().running(c, clock.now())) {
      spawn(c);
      scheduleGrowth(c);
    }
  }

  /**
   * After a suspension: replaces the account later if the campaign re-creates and is under its cap.
   */
  @Override
  public void afterSuspension(int c) {
    AccountsSpec spec = setup.campaigns()[c].accounts();
    CampaignStates s = population.campaigns();
    double cap = parameters.get(Parameter.CAMPAIGN_RECREATE_CAP, c);
    if (spec.recreate() && s.recreated[c] < cap && s.running(c, clock.now())) {
      s.recreated[c]++;
      s.pendingRecreations[c]++;
      RandomStream rs = recreateStreams.get(c);
      clock.in(recreateDelay[c].sample(rs), this, EventTypes.RECREATE, c);
    }
  }

  private void onRecreate(int c) {
    CampaignStates s = population.campaigns();
    s.pendingRecreations[c]--;
    if (s.running(c, clock.now())) {
      recorder.recreated++;
      log.account(ObservedKind.RECREATED, spawn(c), -1, "recreated");
    } else {
      s.checkDisrupted(c, clock.now());
    }
  }

  /** Ends (or, by a change, stops) a campaign: its accounts stop sending. */
  void end(int c, boolean stoppedByChange) {
    CampaignStates s = population.campaigns();
    if (stoppedByChange) {
      s.stopped[c] = true;
    }
    if (!s.started[c]) {
      return;
    }
    s.endAt[c] = Math.min(s.endAt[c], clock.now());
    IntArrayList members = s.members[c];
    for (int i = 0; i < members.size(); i++) {
      int a = members.get(i);
      if (population.accounts().isActive(a)) {
        traffic.cancelPending(a);
        population.leaveActive(a, Accounts.STOPPED);
      }
    }
  }

  /** Redraws the pending arrivals of a campaign's accounts after its rate changed. */
  void onRateChanged(int c) {
    traffic.invalidateRate(c);
    IntArrayList members = population.campaigns().members[c];
    for (int i = 0; i < members.size(); i++) {
      traffic.reschedule(members.get(i));
    }
  }
}
