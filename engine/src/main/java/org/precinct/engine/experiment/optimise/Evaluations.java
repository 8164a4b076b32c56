package org.precinct.engine.experiment.optimise;

import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.factory.Lists;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.ScenarioCells;
import org.precinct.engine.experiment.VariantEvaluator;
import org.precinct.engine.result.Metric;

/**
 * The candidates evaluated so far on the search's replications 0 to n - 1 (the same for every
 * candidate: common random numbers), each summarised once, in the order first asked for.
 */
final class Evaluations {

  private final DecisionSpace space;
  private final ScenarioCells cells;
  private final OptimiseRequest request;
  private final int replications;
  private final MutableLongObjectMap<CandidateResult> results = new LongObjectHashMap<>();
  private final MutableLongList order = new LongArrayList();

  Evaluations(DecisionSpace space, ScenarioCells cells, OptimiseRequest request, int replications) {
    this.space = space;
    this.cells = cells;
    this.request = request;
    this.replications = replications;
  }

  /** Evaluates the candidates not yet seen, as one batch of runs. */
  void evaluate(long[] keys) {
    MutableLongList fresh = new LongArrayList();
    for (long key : keys) {
      if (!results.containsKey(key) && !fresh.contains(key)) {
        fresh.add(key);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    long[] batch = fresh.toArray();
    double[][] objective = cells.metric(request.objective()).evaluateGrid(batch, replications);
    double[][] second = cells.metric(request.second()).evaluateGrid(batch, replications);
    MutableList<double[][]> bounded = Lists.mutable.empty();
    for (OutcomeConstraint c : request.constraints()) {
      bounded.add(cells.metric(c.metric()).evaluateGrid(batch, replications));
    }
    for (int i = 0; i < batch.length; i++) {
      results.put(batch[i], summarise(batch[i], objective[i], second[i], bounded, i));
      order.add(batch[i]);
    }
  }

  /** The summary of an evaluated candidate. */
  CandidateResult result(long key) {
    CandidateResult result = results.get(key);
    if (result == null) {
      throw new IllegalStateException("candidate " + key + " was not evaluated");
    }
    return result;
  }

  /** Every candidate evaluated, baseline excluded, in the order first asked for. */
  ImmutableList<CandidateResult> candidates() {
    MutableList<CandidateResult> all = Lists.mutable.empty();
    order.forEach(
        key -> {
          if (key != DecisionSpace.BASELINE) {
            all.add(results.get(key));
          }
        });
    return all.toImmutable();
  }

  /** The number of replications each candidate has here. */
  int replications() {
    return replications;
  }

  /** The evaluator of {@code metric} over the same cells. */
  VariantEvaluator metric(Metric metric) {
    return cells.metric(metric);
  }

  private CandidateResult summarise(
      long key, double[] objective, double[] second, MutableList<double[][]> bounded, int i) {
    double cost = space.costPerDay(key);
    Feasibility feasible = request.affordable(cost) ? Feasibility.FEASIBLE : Feasibility.INFEASIBLE;
    MutableList<Estimate> estimates = Lists.mutable.empty();
    for (int c = 0; c < bounded.size(); c++) {
      double[] sample = bounded.get(c)[i];
      estimates.add(Estimate.of(sample));
      feasible =
          feasible.and(Feasibility.of(sample, request.constraints().get(c), request.confidence()));
    }
    return new CandidateResult(
        key,
        space.label(key),
        cost,
        Estimate.of(objective),
        Estimate.of(second),
        estimates.toImmutable(),
        feasible);
  }
}
