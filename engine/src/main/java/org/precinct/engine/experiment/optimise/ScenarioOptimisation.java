package org.precinct.engine.experiment.optimise;

import java.util.Comparator;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.CellMode;
import org.precinct.engine.experiment.NamedStreams;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioCells;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Optimises a scenario's decisions in three steps, all on common random numbers: a first stage that
 * runs a fixed set of candidates (every candidate when the space is small, else the genetic
 * search's first population) with the baseline; the genetic search beyond it (NSGA-II, see {@link
 * ParetoSearch}); and the selection among the candidates feasible with confidence (Kim and Nelson
 * 2001, see {@link SelectionStage}).
 *
 * <p>The first stage depends only on the design, never on values, so it is what shards compute
 * ({@link CellMode.Shard}); a merge replays those cells and runs the adaptive rest itself ({@link
 * CellMode.Resume}), which yields exactly the result of one machine.
 */
public final class ScenarioOptimisation {

  /** The method name of a search that evaluates every candidate. */
  public static final String EXHAUSTIVE = "exhaustive";

  /** The method name of the genetic search. */
  public static final String GENETIC = "nsga-ii";

  private static final int MAX_GENERATIONS = 500;

  private final ScenarioSpec scenario;
  private final RunPlan plan;
  private final DecisionSpace space;
  private final OptimiseRequest request;

  private ScenarioOptimisation(
      ScenarioSpec scenario, RunPlan plan, DecisionSpace space, OptimiseRequest request) {
    this.scenario = scenario;
    this.plan = plan;
    this.space = space;
    this.request = request;
  }

  /** The method the request implies for the space: exhaustive when small and within budget. */
  public static String method(DecisionSpace space, OptimiseRequest request) {
    SearchSettings s = request.search();
    boolean small = space.size() <= s.exhaustiveLimit();
    return small && (space.size() + 1) * s.firstStage() <= request.budget() ? EXHAUSTIVE : GENETIC;
  }

  /** The runs of the first stage: the part of the work that shards share. */
  public static long firstStageRuns(DecisionSpace space, OptimiseRequest request, long seed) {
    return (firstStageKeys(space, request, seed).length) * (long) request.search().firstStage();
  }

  /**
   * Runs the optimisation, simulating (or replaying) the cells {@code mode} selects; a shard runs
   * the first stage only and returns empty.
   */
  public static Optional<OptimisationSummary> run(
      ScenarioSpec scenario,
      RunPlan plan,
      DecisionSpace space,
      OptimiseRequest request,
      ProgressListener progress,
      CellMode mode) {
    return new ScenarioOptimisation(scenario, plan, space, request).run(progress, mode);
  }

  private Optional<OptimisationSummary> run(ProgressListener progress, CellMode mode) {
    long[] first = firstStageKeys(space, request, plan.seed());
    int n0 = request.search().firstStage();
    CellMode cellMode =
        mode instanceof CellMode.Replay replay
            ? new CellMode.Resume(replay.source(), (long) first.length * n0)
            : mode;
    ScenarioCells cells = new ScenarioCells(scenario, plan, space::variant, progress, cellMode);
    Evaluations evaluations = new Evaluations(space, cells, request, n0);
    evaluations.evaluate(first);
    if (mode instanceof CellMode.Shard) {
      return Optional.empty();
    }
    String method = method(space, request);
    if (GENETIC.equals(method)) {
      long[] population = java.util.Arrays.copyOfRange(first, 1, first.length);
      new ParetoSearch(space, evaluations, request)
          .run(
              population,
              streams().stream("optimise/search"),
              cells::cellsRun,
              (long) (request.budget() * request.search().searchShare()),
              MAX_GENERATIONS);
    }
    ImmutableList<CandidateResult> candidates = evaluations.candidates();
    CandidateResult baseline = evaluations.result(DecisionSpace.BASELINE);
    ImmutableList<CandidateResult> feasible =
        candidates.select(c -> c.feasibility() == Feasibility.FEASIBLE);
    Optional<Selection> selection =
        feasible.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new SelectionStage(space, evaluations, request, cells::cellsRun)
                    .select(finalists(feasible, method), baseline, method.equals(EXHAUSTIVE)));
    RunPlan described =
        plan.withReplications(n0)
            .withVariant("optimisation of " + space.variables().size() + " decisions");
    return Optional.of(
        new OptimisationSummary(
            new ScenarioRunner(scenario).metadata(described),
            request,
            space.variables(),
            space.size(),
            method,
            n0,
            baseline,
            candidates,
            front(candidates, false),
            front(candidates, true),
            feasible.size(),
            candidates.count(c -> c.feasibility() == Feasibility.UNDECIDED),
            selection,
            cells.cellsRun()));
  }

  /** Every feasible candidate (exhaustive), or the best few by the objective (genetic). */
  private ImmutableList<CandidateResult> finalists(
      ImmutableList<CandidateResult> feasible, String method) {
    if (EXHAUSTIVE.equals(method)) {
      return feasible;
    }
    double sign = request.objective().lowerIsBetter() ? 1 : -1;
    MutableList<CandidateResult> sorted =
        feasible
            .toSortedList(
                Comparator.comparingDouble((CandidateResult c) -> sign * c.objective().mean())
                    .thenComparingLong(CandidateResult::key))
            .take(request.search().finalists());
    return sorted.toImmutable();
  }

  /** The keys on the front of the objective against cost (or the second metric), sorted by it. */
  private ImmutableList<Long> front(ImmutableList<CandidateResult> candidates, boolean second) {
    double o = request.objective().lowerIsBetter() ? 1 : -1;
    double s = request.second().lowerIsBetter() ? 1 : -1;
    double[][] points = new double[candidates.size()][];
    for (int i = 0; i < points.length; i++) {
      CandidateResult c = candidates.get(i);
      double x = second ? s * c.second().mean() : c.costPerDay();
      points[i] = new double[] {o * c.objective().mean(), x};
    }
    boolean[] on = ParetoFront.of(points);
    MutableList<CandidateResult> front = Lists.mutable.empty();
    for (int i = 0; i < on.length; i++) {
      if (on[i]) {
        front.add(candidates.get(i));
      }
    }
    front.sortThis(
        Comparator.comparingDouble(
                (CandidateResult c) -> second ? s * c.second().mean() : c.costPerDay())
            .thenComparingLong(CandidateResult::key));
    return front.collect(CandidateResult::key).toImmutable();
  }

  private NamedStreams streams() {
    return NamedStreams.ofSeed(plan.seed());
  }

  /** The baseline then every candidate (exhaustive) or the first population (genetic). */
  private static long[] firstStageKeys(DecisionSpace space, OptimiseRequest request, long seed) {
    if (EXHAUSTIVE.equals(method(space, request))) {
      long[] keys = new long[(int) space.size() + 1];
      keys[0] = DecisionSpace.BASELINE;
      for (int i = 1; i < keys.length; i++) {
        keys[i] = i - 1;
      }
      return keys;
    }
    long[] drawn =
        ParetoSearch.initialKeys(
            space,
            NamedStreams.ofSeed(seed).stream("optimise/first-population"),
            request.search().population());
    return java.util.stream.LongStream.concat(
            java.util.stream.LongStream.of(DecisionSpace.BASELINE),
            java.util.Arrays.stream(drawn).distinct())
        .toArray();
  }
}
