package org.precinct.engine.experiment.optimise;

import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.RunMetadata;

/**
 * Everything an optimisation found: the space and method, every candidate the search evaluated, the
 * two Pareto fronts, and the selection (empty when no candidate was feasible with confidence).
 *
 * @param metadata what was run
 * @param request what was asked
 * @param variables the decisions
 * @param spaceSize the number of candidates in the space
 * @param method "exhaustive" or "nsga-ii"
 * @param searchReplications replications of every candidate in the search
 * @param baseline the scenario as written, on the search's replications
 * @param candidates every candidate evaluated, in the order first evaluated
 * @param costFront keys on the front of objective against stated cost, cheapest first
 * @param secondFront keys on the front of objective against the second metric, lowest first
 * @param feasibleCount the candidates feasible with confidence
 * @param undecidedCount the candidates whose feasibility the search could not settle
 * @param selection the choice, if any candidate was feasible
 * @param runs the simulation runs made
 */
public record OptimisationSummary(
    RunMetadata metadata,
    OptimiseRequest request,
    ImmutableList<DecisionVariable> variables,
    long spaceSize,
    String method,
    int searchReplications,
    CandidateResult baseline,
    ImmutableList<CandidateResult> candidates,
    ImmutableList<Long> costFront,
    ImmutableList<Long> secondFront,
    int feasibleCount,
    int undecidedCount,
    Optional<Selection> selection,
    long runs) {

  /** The evaluated candidate with {@code key}. */
  public CandidateResult candidate(long key) {
    CandidateResult found = candidates.detect(c -> c.key() == key);
    if (found == null) {
      throw new IllegalArgumentException("no candidate " + key);
    }
    return found;
  }
}
