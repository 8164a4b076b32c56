package org.precinct.engine.experiment;

import java.util.function.LongFunction;
import org.precinct.engine.model.ModelInvariantException;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The runs of one experiment on one scenario: variant keys mapped to {@link ScenarioVariant}s, each
 * (variant, replication) cell simulated once by the model on all cores with the plan's seed, so
 * that replication r of every variant shares its random streams (common random numbers).
 *
 * <p>A broken model invariant surfaces as a {@link ModelInvariantException} naming the variant and
 * replication, so the CLI can report it with its own exit code.
 */
public final class ScenarioCells {

  private final CellOutcomes outcomes;

  /**
   * Prepares the cells of {@code scenario} under {@code plan} (seed, threads, base interventions
   * and changes are taken from it; the variant's interventions replace the plan's, its changes
   * follow the plan's).
   */
  public ScenarioCells(
      ScenarioSpec scenario,
      RunPlan plan,
      LongFunction<ScenarioVariant> variants,
      ProgressListener progress) {
    this(scenario, plan, variants, progress, CellMode.ALL);
  }

  /** As the other constructor, simulating (or replaying) only the cells {@code mode} selects. */
  public ScenarioCells(
      ScenarioSpec scenario,
      RunPlan plan,
      LongFunction<ScenarioVariant> variants,
      ProgressListener progress,
      CellMode mode) {
    ScenarioRunner runner = new ScenarioRunner(scenario);
    CellOutcomes.CellRun run =
        (variant, replication) -> runCell(runner, plan, variants.apply(variant), replication);
    this.outcomes = new CellOutcomes(run, new ReplicationRunner(plan.threads()), progress, mode);
  }

  /** The evaluator of one metric over the cells. */
  public VariantEvaluator metric(Metric metric) {
    VariantEvaluator evaluator = outcomes.metric(metric);
    return (variants, replications) -> {
      try {
        return evaluator.evaluate(variants, replications);
      } catch (ReplicationException e) {
        if (e.getCause() instanceof ModelInvariantException broken) {
          throw broken;
        }
        throw e;
      }
    };
  }

  /** The number of simulation runs so far. */
  public int cellsRun() {
    return outcomes.cellsRun();
  }

  private static double[] runCell(
      ScenarioRunner runner, RunPlan plan, ScenarioVariant variant, int replication) {
    RunPlan cell =
        plan.withInterventions(variant.interventions())
            .withExtraChanges(plan.extraChanges().newWithAll(variant.changes()));
    try {
      return runner.runReplication(cell, replication).metricValues();
    } catch (ModelInvariantException e) {
      throw new ModelInvariantException(
          "variant '" + variant.id() + "', replication " + replication + ": " + e.getMessage());
    }
  }
}
