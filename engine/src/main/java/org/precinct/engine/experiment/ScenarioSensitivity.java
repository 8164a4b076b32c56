package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;
import org.precinct.engine.spec.UncertainParameterSpec;

/**
 * Sensitivity of a scenario to its uncertain parameters: every variant sets all of them from the
 * start of the run (overriding the per-replication draw), one at a time at low and high with the
 * rest at the centre of their ranges (Howard 1988), then together over a Latin hypercube (McKay,
 * Beckman and Conover 1979) for the first-order variance shares (Sobol 1993).
 */
public final class ScenarioSensitivity {

  private ScenarioSensitivity() {}

  /** Runs the analysis; the plan supplies interventions, seed, threads and provenance. */
  public static SensitivitySummary run(
      ScenarioSpec scenario, RunPlan plan, SensitivityRequest request, ProgressListener progress) {
    return run(scenario, plan, request, progress, CellMode.ALL);
  }

  /**
   * Runs it simulating (or replaying) only the cells {@code mode} selects: see {@link CellMode}.
   */
  public static SensitivitySummary run(
      ScenarioSpec scenario,
      RunPlan plan,
      SensitivityRequest request,
      ProgressListener progress,
      CellMode mode) {
    ImmutableList<UncertainParameterSpec> uncertain = scenario.uncertainties();
    if (uncertain.isEmpty()) {
      throw new IllegalArgumentException(
          "scenario '" + scenario.metadata().id() + "' declares no uncertain parameters");
    }
    NamedStreams streams = NamedStreams.ofSeed(plan.seed());
    SensitivityDesign design =
        SensitivityDesign.create(
            uncertain.collect(ScenarioSensitivity::parameter),
            request.hypercubePoints(),
            streams.stream("latin-hypercube"));
    ScenarioCells cells =
        new ScenarioCells(scenario, plan, v -> variant(uncertain, design, plan, v), progress, mode);
    Sequential<SensitivityResult> outcome =
        request
            .budget()
            .run(
                n ->
                    Sensitivity.run(
                        design,
                        cells.metric(request.metric()),
                        Direction.of(request.metric()),
                        options(request, n),
                        streams),
                ScenarioSensitivity::widestSwing);
    RunPlan described =
        plan.withReplications(outcome.replications()).withVariant("sensitivity analysis");
    return new SensitivitySummary(
        new ScenarioRunner(scenario).metadata(described),
        request.metric(),
        uncertain,
        outcome.result(),
        Precision.of(outcome, request.budget()),
        cells.cellsRun());
  }

  /** The id of an uncertain parameter in tables and charts, e.g. "classifier-recall:misinfo". */
  public static String id(ParameterRef ref) {
    String target = ref.targetId();
    return ref.parameter().id() + (target.isEmpty() ? "" : ":" + target);
  }

  private static SensitivityParameter parameter(UncertainParameterSpec u) {
    ParameterRef ref = u.ref();
    String target = ref.targetId().isEmpty() ? "" : " (" + ref.targetId() + ")";
    String label = ref.parameter().description() + target;
    return new SensitivityParameter(id(ref), label, u.low(), (u.low() + u.high()) / 2, u.high());
  }

  private static SensitivityOptions options(SensitivityRequest request, int replications) {
    return new SensitivityOptions(
        replications,
        request.hypercubePoints(),
        request.bootstrapResamples(),
        Estimate.DEFAULT_LEVEL);
  }

  private static double widestSwing(SensitivityResult result) {
    return result.bars().collectDouble(b -> b.swing().halfWidth()).maxIfEmpty(0);
  }

  private static ScenarioVariant variant(
      ImmutableList<UncertainParameterSpec> uncertain,
      SensitivityDesign design,
      RunPlan plan,
      long key) {
    double[] values = design.point(key);
    MutableList<ScheduledChange> changes = Lists.mutable.empty();
    for (int i = 0; i < values.length; i++) {
      changes.add(
          ScheduledChange.atStart(new Change.SetParameter(uncertain.get(i).ref(), values[i])));
    }
    String id = "design-" + key;
    return new ScenarioVariant(id, id, plan.interventions(), changes.toImmutable());
  }
}
