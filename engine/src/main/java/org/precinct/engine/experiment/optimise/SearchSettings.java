package org.precinct.engine.experiment.optimise;

/**
 * How the candidates are searched before the selection.
 *
 * @param firstStage replications of each candidate in the search and the selection's first stage
 *     (at least 5)
 * @param exhaustiveLimit evaluate every candidate when there are at most this many
 * @param population the genetic search's population beyond that limit
 * @param searchShare the share of the budget the genetic search may use (the rest is for the
 *     selection)
 * @param finalists how many of the best feasible candidates of a genetic search enter selection
 */
public record SearchSettings(
    int firstStage, long exhaustiveLimit, int population, double searchShare, int finalists) {

  /** Checks the settings. */
  public SearchSettings {
    if (firstStage < 5) {
      throw new IllegalArgumentException("the first stage needs at least 5 replications");
    }
    if (exhaustiveLimit < 1 || population < 4 || finalists < 2) {
      throw new IllegalArgumentException(
          "exhaustive limit >= 1, population >= 4 and finalists >= 2 are needed");
    }
    if (!(searchShare > 0 && searchShare < 1)) {
      throw new IllegalArgumentException("the search share must be in (0, 1)");
    }
  }
}
