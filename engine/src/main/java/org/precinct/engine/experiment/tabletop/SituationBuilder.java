package org.precinct.engine.experiment.tabletop;

import java.util.function.ToDoubleFunction;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.CampaignTimes;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Builds the {@link Situation} at a stop from every replication's prefix cut at that moment, so
 * nothing shown to the team depends on what has not happened yet.
 */
final class SituationBuilder {
  private final ScenarioSpec scenario;
  private final long atTicks;
  private final ImmutableList<ReplicationOutcome> prefixes;

  private SituationBuilder(
      ScenarioSpec scenario, long atTicks, ImmutableList<ReplicationOutcome> prefixes) {
    this.scenario = scenario;
    this.atTicks = atTicks;
    this.prefixes = prefixes;
  }

  /** The situation at {@code atTicks} from prefixes cut there (see {@link OutcomePrefix}). */
  static Situation build(
      ScenarioSpec scenario,
      RunMetadata metadata,
      long atTicks,
      ImmutableList<ReplicationOutcome> prefixes) {
    SituationBuilder b = new SituationBuilder(scenario, atTicks, prefixes);
    return new Situation(
        atTicks,
        prefixes.size(),
        b.estimate(p -> SoFarMetric.HARM_DELIVERED.valueIn(p, scenario.timeline())),
        b.estimate(p -> SoFarMetric.HARM_WEIGHTED_BEFORE_ELECTION.valueIn(p, scenario.timeline())),
        b.estimate(p -> p.campaigns().count(SituationBuilder::active)),
        b.estimate(p -> p.campaigns().count(c -> !Double.isNaN(c.firstDetectionHours()))),
        b.estimate(p -> p.campaigns().count(c -> !Double.isNaN(c.firstEnforcementHours()))),
        b.campaigns(),
        scenario.queues().collect(b::queue),
        scenario.exercise().objectives().collect(b::progress),
        b.cutResult(metadata));
  }

  /** Started, not ended by now, not disrupted (a prefix marks "not ended yet" with end -1). */
  private static boolean active(CampaignTimes c) {
    return c.startTicks() >= 0 && c.endTicks() < 0 && Double.isNaN(c.disruptionHours());
  }

  private Estimate estimate(ToDoubleFunction<ReplicationOutcome> value) {
    double[] values = new double[prefixes.size()];
    prefixes.forEachWithIndex((p, r) -> values[r] = value.applyAsDouble(p));
    return Estimate.of(values);
  }

  private ImmutableList<CampaignSituation> campaigns() {
    MutableList<CampaignSituation> out = Lists.mutable.empty();
    int n = prefixes.size();
    scenario
        .campaigns()
        .forEachWithIndex(
            (spec, i) -> {
              ImmutableList<CampaignTimes> times = prefixes.collect(p -> p.campaigns().get(i));
              int started = times.count(c -> c.startTicks() >= 0);
              if (started > 0) {
                out.add(
                    new CampaignSituation(
                        spec.id(),
                        spec.label(),
                        spec.category(),
                        spec.channelId(),
                        (double) started / n,
                        (double) times.count(SituationBuilder::active) / n,
                        (double) times.count(c -> !Double.isNaN(c.firstDetectionHours())) / n,
                        (double) times.count(c -> !Double.isNaN(c.firstEnforcementHours())) / n,
                        (double) times.count(c -> !Double.isNaN(c.disruptionHours())) / n));
              }
            });
    return out.toImmutable();
  }

  private QueueSituation queue(QueueSpec q) {
    return new QueueSituation(
        q.id(),
        q.label(),
        estimate(p -> last(p.series(SeriesKind.BACKLOG, q.id()))),
        estimate(p -> last(p.series(SeriesKind.STAFFED, q.id()))),
        estimate(p -> sum(p.series(SeriesKind.SLA_BREACHES, q.id()))));
  }

  private static double last(SeriesValues s) {
    return s == null || s.values().length == 0 ? 0 : s.values()[s.values().length - 1];
  }

  private static double sum(SeriesValues s) {
    double total = 0;
    for (double v : s == null ? new double[0] : s.values()) {
      total += v;
    }
    return total;
  }

  private ObjectiveProgress progress(ObjectiveSpec o) {
    Metric metric = Metric.fromId(o.metric());
    boolean atLeast = o.comparison() == org.precinct.engine.spec.Comparison.AT_LEAST;
    return SoFarMetric.of(metric)
        .map(
            tracker -> {
              double[] values = new double[prefixes.size()];
              int settled = 0;
              for (int r = 0; r < values.length; r++) {
                values[r] = tracker.valueIn(prefixes.get(r), scenario.timeline());
                boolean done = atLeast ? values[r] >= o.target() : values[r] > o.target();
                settled += done ? 1 : 0;
              }
              return new ObjectiveProgress(
                  o,
                  metric,
                  true,
                  Estimate.of(values),
                  Proportion.wilson(settled, values.length),
                  atLeast);
            })
        .orElse(
            new ObjectiveProgress(
                o, metric, false, Estimate.of(new double[0]), Proportion.wilson(0, 0), atLeast));
  }

  /**
   * The prefixes aggregated for charts, with only the injects already made as markers and no metric
   * summaries (whole-run metrics do not exist yet).
   */
  private ScenarioResult cutResult(RunMetadata m) {
    RunMetadata soFar =
        new RunMetadata(
            m.scenarioId(),
            m.title(),
            m.marking(),
            m.scenarioHash(),
            m.seed(),
            m.replications(),
            m.precinctVersion(),
            "so far",
            m.confidenceLevel(),
            m.zone(),
            m.start(),
            m.electionDay(),
            m.end(),
            m.milestones(),
            m.injects().select(i -> i.atTicks() <= atTicks),
            m.interventionsOn(),
            m.elections());
    ResultAggregator aggregator = new ResultAggregator(soFar);
    prefixes.forEach(
        p ->
            aggregator.add(
                new ReplicationOutcome(
                    p.replication(),
                    p.metricValues(),
                    p.series(),
                    p.timeToEvent(),
                    Lists.immutable.empty(),
                    p.outcomes(),
                    p.windows())));
    ScenarioResult all = aggregator.result();
    return new ScenarioResult(
        soFar,
        Lists.immutable.empty(),
        all.curves(),
        all.dailySeries(),
        all.hourlySeries(),
        all.campaigns(),
        all.outcomes(),
        all.windows());
  }
}
