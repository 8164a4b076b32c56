package org.precinct.engine.model;

import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The shared state of one replication (clock, streams, parameters, accounts, cases, queues) and its
 * components, so each component reaches the others through one reference and none is static.
 */
final class ModelContext {
  final ScenarioSpec spec;
  final Simulation sim;
  final RandomStreams streams;
  final ScenarioIndex index;
  final ModelParameters parameters;
  final ModelCalendar calendar;
  final Recorder recorder;
  final Accounts accounts;
  final CampaignStates campaigns;
  final NetworkStates networks;
  final CaseTable cases = new CaseTable();
  final ReviewQueue[] queues;
  final CampaignSpec[] campaignSpecs;
  ModelEvents handler;
  ThreatTraffic threat;
  CampaignLifecycle lifecycle;
  Detection detection;
  ReviewDesk desk;
  Staffing staffing;
  Enforcement enforcement;
  BenignTraffic benign;
  BackgroundLoad background;
  Observations log;

  ModelContext(ScenarioSpec spec, Simulation sim, RandomStreams streams) {
    this.spec = spec;
    this.sim = sim;
    this.streams = streams;
    this.index = new ScenarioIndex(spec);
    this.parameters = new ModelParameters(spec, index);
    this.calendar = new ModelCalendar(spec.timeline(), spec.harmWeighting());
    this.recorder = new Recorder(calendar, spec.channels().size(), spec.queues().size());
    this.accounts =
        new Accounts(
            streams.family("requests"), streams.family("review"), streams.family("classifier"));
    this.campaignSpecs = spec.campaigns().toArray(new CampaignSpec[0]);
    int[] channels = new int[campaignSpecs.length];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = index.channel(campaignSpecs[c].channelId());
    }
    this.campaigns = new CampaignStates(campaignSpecs.length, channels);
    this.networks = new NetworkStates(index.networkCount());
    this.queues = new ReviewQueue[spec.queues().size()];
    spec.queues().forEachWithIndex((q, i) -> queues[i] = new ReviewQueue(i, q));
  }

  long now() {
    return sim.now();
  }

  /** Schedules an event of this model {@code hours} from now (negative hours count as zero). */
  long scheduleIn(double hours, int type, long payload) {
    return sim.schedule(
        Ticks.ofHours(Math.max(0.0, hours)), EventTypes.PRIORITY_NORMAL, handler, type, payload);
  }

  long scheduleAt(long time, int priority, int type, long payload) {
    return sim.scheduleAt(Math.max(time, sim.now()), priority, handler, type, payload);
  }

  /** The review-queue priority level of a campaign's cases: its severity rounded, 1 to 5. */
  int severityLevel(int campaign) {
    return (int) Math.max(1, Math.min(5, Math.round(campaignSpecs[campaign].severity())));
  }
}
