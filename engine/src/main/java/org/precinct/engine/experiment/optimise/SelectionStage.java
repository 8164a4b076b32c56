package org.precinct.engine.experiment.optimise;

import java.util.function.LongSupplier;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.factory.Lists;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;

/**
 * The selection among the finalists: the indifference zone in the objective's unit, the {@link
 * KimNelson} procedure on the finalists under common random numbers, then the chosen candidate's
 * and the runner-up's every metric with intervals, the paired differences against the baseline and
 * between the two, and the chosen candidate's feasibility judged again on all its replications.
 *
 * <p>When every candidate of the space is a finalist (exhaustive search), the search's replications
 * are the procedure's first stage; after a genetic search, which picked the finalists by their
 * values, the procedure starts on fresh replications so that the choice of finalists does not bias
 * the selection.
 */
final class SelectionStage {

  private final DecisionSpace space;
  private final Evaluations evaluations;
  private final OptimiseRequest request;
  private final LongSupplier runs;

  SelectionStage(
      DecisionSpace space, Evaluations evaluations, OptimiseRequest request, LongSupplier runs) {
    this.space = space;
    this.evaluations = evaluations;
    this.request = request;
    this.runs = runs;
  }

  /** Selects among {@code finalists}, reusing the search's replications when {@code reuse}. */
  Selection select(
      ImmutableList<CandidateResult> finalists, CandidateResult baseline, boolean reuse) {
    int n0 = evaluations.replications();
    int first = reuse ? 0 : n0;
    double delta = delta(baseline);
    long[] keys = finalists.collectLong(CandidateResult::key).toArray();
    Metric objective = request.objective();
    KimNelson procedure =
        new KimNelson(evaluations.metric(objective), keys, first, objective.lowerIsBetter());
    long left = Math.max(0, request.budget() - runs.getAsLong() - (reuse ? 0 : keys.length * n0));
    SelectionOutcome outcome = procedure.select(n0, delta, 1 - request.confidence(), left);
    long chosen = keys[outcome.best()];
    int n = outcome.replications()[outcome.best()];
    double[] chosenValues = sample(objective, chosen, first, n);
    Estimate versusBaseline =
        Estimate.of(difference(chosenValues, sample(objective, DecisionSpace.BASELINE, first, n)));
    long runnerUp = outcome.runnerUp() < 0 ? DecisionSpace.BASELINE : keys[outcome.runnerUp()];
    int m = outcome.runnerUp() < 0 ? 0 : outcome.replications()[outcome.runnerUp()];
    Estimate versusRunnerUp =
        m == 0
            ? Estimate.of(new double[0])
            : Estimate.of(
                difference(
                    sample(objective, chosen, first, Math.min(n, m)),
                    sample(objective, runnerUp, first, Math.min(n, m))));
    return new Selection(
        chosen,
        space.label(chosen),
        space.costPerDay(chosen),
        metrics(chosen, first, n),
        runnerUp,
        m == 0 ? "" : space.label(runnerUp),
        m == 0 ? Lists.immutable.empty() : metrics(runnerUp, first, m),
        versusBaseline,
        versusRunnerUp,
        keys.length,
        first,
        n,
        outcome.guaranteed(),
        request.confidence(),
        delta,
        feasibility(chosen, first, n));
  }

  private double delta(CandidateResult baseline) {
    if (!request.relative()) {
      return request.indifference();
    }
    double delta = request.indifference() * Math.abs(baseline.objective().mean());
    if (!(delta > 0)) {
      throw new IllegalArgumentException(
          "the baseline's "
              + request.objective().id()
              + " is 0, so a relative indifference zone is 0: give it in the metric's unit");
    }
    return delta;
  }

  private Feasibility feasibility(long key, int first, int n) {
    Feasibility f =
        request.affordable(space.costPerDay(key)) ? Feasibility.FEASIBLE : Feasibility.INFEASIBLE;
    for (OutcomeConstraint bound : request.constraints()) {
      f = f.and(Feasibility.of(sample(bound.metric(), key, first, n), bound, request.confidence()));
    }
    return f;
  }

  private ImmutableList<MetricEstimate> metrics(long key, int first, int n) {
    MutableList<MetricEstimate> all = Lists.mutable.empty();
    for (Metric metric : Metric.values()) {
      all.add(new MetricEstimate(metric, Estimate.of(sample(metric, key, first, n))));
    }
    return all.toImmutable();
  }

  private double[] sample(Metric metric, long key, int first, int n) {
    long[] keys = new long[n];
    int[] replications = new int[n];
    for (int j = 0; j < n; j++) {
      keys[j] = key;
      replications[j] = first + j;
    }
    return evaluations.metric(metric).evaluate(keys, replications);
  }

  private static double[] difference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int j = 0; j < d.length; j++) {
      d[j] = a[j] - b[j];
    }
    return d;
  }
}
