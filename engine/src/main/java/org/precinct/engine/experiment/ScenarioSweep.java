package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * Sweeps one or two parameters of a scenario over a grid: grid point k (row-major, the second
 * parameter fastest) sets each parameter from the start of the run, and every point runs in
 * replications 0 to n - 1 with the plan's seed and interventions (common random numbers).
 */
public final class ScenarioSweep {

  private ScenarioSweep() {}

  /** Runs the sweep; the plan supplies interventions, seed, threads and provenance. */
  public static SweepSummary run(
      ScenarioSpec scenario, RunPlan plan, SweepRequest request, ProgressListener progress) {
    return run(scenario, plan, request, progress, CellMode.ALL);
  }

  /**
   * Runs it simulating (or replaying) only the cells {@code mode} selects: see {@link CellMode}.
   */
  public static SweepSummary run(
      ScenarioSpec scenario,
      RunPlan plan,
      SweepRequest request,
      ProgressListener progress,
      CellMode mode) {
    ImmutableList<SweepParameter> parameters = request.parameters();
    ImmutableList<SweepAxis> axes = parameters.collect(SweepParameter::axis);
    ScenarioCells cells =
        new ScenarioCells(
            scenario, plan, k -> point(parameters, plan, Math.toIntExact(k)), progress, mode);
    Sequential<SweepResult> outcome =
        request.budget().run(n -> sweep(cells, axes, request.metric(), n), SweepSummary::widest);
    int n = outcome.replications();
    ImmutableList<MetricSweep> sideEffects =
        SideEffects.besides(request.metric(), scenario)
            .collect(m -> new MetricSweep(m, sweep(cells, axes, m, n)));
    RunPlan described =
        plan.withReplications(n)
            .withVariant("sweep of " + axes.collect(SweepAxis::id).makeString(" x "));
    return new SweepSummary(
        new ScenarioRunner(scenario).metadata(described),
        request.metric(),
        parameters,
        outcome.result(),
        sideEffects,
        Precision.of(outcome, request.budget()),
        cells.cellsRun());
  }

  private static SweepResult sweep(
      ScenarioCells cells, ImmutableList<SweepAxis> axes, Metric metric, int replications) {
    return GridSweep.run(
        axes, cells.metric(metric), Direction.of(metric), replications, Estimate.DEFAULT_LEVEL);
  }

  private static ScenarioVariant point(
      ImmutableList<SweepParameter> parameters, RunPlan plan, int k) {
    int[] index = new int[parameters.size()];
    int rest = k;
    for (int a = parameters.size() - 1; a >= 0; a--) {
      index[a] = rest % parameters.get(a).axis().size();
      rest /= parameters.get(a).axis().size();
    }
    MutableList<ScheduledChange> changes = Lists.mutable.empty();
    StringBuilder id = new StringBuilder();
    for (int a = 0; a < index.length; a++) {
      SweepParameter parameter = parameters.get(a);
      double value = parameter.axis().value(index[a]);
      changes.add(ScheduledChange.atStart(new Change.SetParameter(parameter.ref(), value)));
      id.append(a == 0 ? "" : ",").append(parameter.axis().id()).append('=').append(value);
    }
    return new ScenarioVariant(
        id.toString(), id.toString(), plan.interventions(), changes.toImmutable());
  }
}
