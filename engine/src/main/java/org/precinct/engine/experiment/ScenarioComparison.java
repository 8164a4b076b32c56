package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Compares mixes with a baseline on a scenario: variant 0 is the baseline and variant k the k-th
 * mix, all run in replications 0 to n - 1 with the plan's seed, so every difference is paired under
 * common random numbers and Holm-corrected across the mixes (Holm 1979).
 */
public final class ScenarioComparison {

  private ScenarioComparison() {}

  /** Runs the comparison; the plan supplies seed, threads, base changes and provenance. */
  public static ComparisonSummary run(
      ScenarioSpec scenario, RunPlan plan, ComparisonRequest request, ProgressListener progress) {
    return run(scenario, plan, request, progress, CellMode.ALL);
  }

  /**
   * Runs it simulating (or replaying) only the cells {@code mode} selects: see {@link CellMode}.
   */
  public static ComparisonSummary run(
      ScenarioSpec scenario,
      RunPlan plan,
      ComparisonRequest request,
      ProgressListener progress,
      CellMode mode) {
    ImmutableList<ScenarioVariant> variants =
        Lists.immutable.of(request.baseline()).newWithAll(request.mixes());
    ScenarioCells cells =
        new ScenarioCells(scenario, plan, v -> variants.get(Math.toIntExact(v)), progress, mode);
    ImmutableList<String> ids = request.mixes().collect(ScenarioVariant::id);
    Sequential<ComparisonResult> outcome =
        request
            .budget()
            .run(n -> compare(cells, ids, request.metric(), n), ComparisonResult::widestHalfWidth);
    int n = outcome.replications();
    MutableList<MetricComparison> metrics = Lists.mutable.empty();
    metrics.add(new MetricComparison(request.metric(), outcome.result()));
    for (Metric other : Metric.values()) {
      if (other != request.metric()) {
        metrics.add(new MetricComparison(other, compare(cells, ids, other, n)));
      }
    }
    RunPlan described =
        plan.withReplications(n)
            .withVariant("comparison of " + ids.size() + " mixes with " + request.baseline().id())
            .withInterventions(request.baseline().interventions());
    return new ComparisonSummary(
        new ScenarioRunner(scenario).metadata(described),
        request.metric(),
        request.baseline(),
        request.mixes(),
        metrics.toImmutable(),
        Precision.of(outcome, request.budget()),
        cells.cellsRun());
  }

  private static ComparisonResult compare(
      ScenarioCells cells, ImmutableList<String> ids, Metric metric, int replications) {
    return PairedComparison.run(
        ids, cells.metric(metric), Direction.of(metric), replications, Estimate.DEFAULT_LEVEL);
  }
}
