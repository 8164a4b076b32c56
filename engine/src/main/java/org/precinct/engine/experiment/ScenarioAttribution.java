package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.set.MutableSet;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Attributes a scenario's interventions (Shapley 1953, exact or sampled per Castro et al. 2009):
 * subset masks become intervention sets, every subset runs on the same replications under common
 * random numbers, and the side effects are attributed from the same runs at no extra cost.
 *
 * <p>Intervention i of the request is bit i of a mask; interventions not attributed keep their
 * default state in every run. Under a target precision the count that grows is the number of
 * replications (exact) or of permutation samples (sampled; each sample has its own replication).
 */
public final class ScenarioAttribution {

  private final ScenarioSpec scenario;
  private final RunPlan plan;
  private final ImmutableList<InterventionSpec> attributed;
  private final ImmutableList<String> ids;
  private final InterventionSet base;

  private ScenarioAttribution(ScenarioSpec scenario, RunPlan plan, ImmutableList<String> request) {
    this.scenario = scenario;
    this.plan = plan;
    this.attributed =
        request.isEmpty() ? scenario.interventions() : request.collect(scenario::intervention);
    this.ids = attributed.collect(InterventionSpec::id);
    InterventionSet others = InterventionSet.defaults(scenario);
    for (String id : ids) {
      others = others.without(id);
    }
    this.base = others;
  }

  /** Runs the attribution; the plan supplies seed, threads, base changes and provenance. */
  public static AttributionSummary run(
      ScenarioSpec scenario, RunPlan plan, AttributionRequest request, ProgressListener progress) {
    return run(scenario, plan, request, progress, CellMode.ALL);
  }

  /**
   * Runs it simulating (or replaying) only the cells {@code mode} selects: see {@link CellMode}.
   */
  public static AttributionSummary run(
      ScenarioSpec scenario,
      RunPlan plan,
      AttributionRequest request,
      ProgressListener progress,
      CellMode mode) {
    return new ScenarioAttribution(scenario, plan, request.interventionIds())
        .run(request, progress, mode);
  }

  private AttributionSummary run(
      AttributionRequest request, ProgressListener progress, CellMode mode) {
    ScenarioCells cells = new ScenarioCells(scenario, plan, this::variant, progress, mode);
    NamedStreams streams = NamedStreams.ofSeed(plan.seed());
    Attribution primary = attribution(cells, request.metric(), streams);
    Sequential<AttributionResult> outcome =
        request
            .budget()
            .run(n -> primary.run(sized(request.options(), n)), AttributionResult::widestHalfWidth);
    AttributionOptions options = sized(request.options(), outcome.replications());
    ImmutableList<MetricAttribution> sideEffects =
        SideEffects.besides(request.metric(), scenario)
            .collect(m -> new MetricAttribution(m, attribution(cells, m, streams).run(options)));
    RunPlan described =
        plan.withReplications(outcome.replications())
            .withVariant("attribution of " + ids.size() + " interventions")
            .withInterventions(base);
    return new AttributionSummary(
        new ScenarioRunner(scenario).metadata(described),
        request.metric(),
        attributed,
        outcome.result(),
        sideEffects,
        Precision.of(outcome, request.budget()),
        cells.cellsRun());
  }

  private Attribution attribution(ScenarioCells cells, Metric metric, NamedStreams streams) {
    return new Attribution(ids, cells.metric(metric), Direction.of(metric), streams);
  }

  private static AttributionOptions sized(AttributionOptions options, int n) {
    return options.withReplicationCount(n).withSamples(Math.max(2, n));
  }

  private ScenarioVariant variant(long mask) {
    MutableSet<String> on = base.on().toSet();
    StringBuilder id = new StringBuilder("subset");
    for (int i = 0; i < ids.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        on.add(ids.get(i));
        id.append('-').append(ids.get(i));
      }
    }
    return new ScenarioVariant(
        id.toString(),
        id.toString(),
        new InterventionSet(on.toImmutable()),
        Lists.immutable.empty());
  }
}
