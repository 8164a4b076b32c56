package org.precinct.cli.experiment;

import java.util.Locale;
import org.precinct.engine.experiment.optimise.OptimisationSummary;
import org.precinct.engine.experiment.optimise.ScenarioOptimisation;

/** How the search of an optimisation went, in a sentence for the report's method section. */
final class ScenarioOptimisationText {

  private ScenarioOptimisationText() {}

  static String search(OptimisationSummary summary) {
    if (ScenarioOptimisation.EXHAUSTIVE.equals(summary.method())) {
      return String.format(
          Locale.ROOT,
          "Search: every one of the %,d candidates ran %d replications, which are also the"
              + " selection's first stage; every feasible candidate is a finalist.",
          summary.spaceSize(),
          summary.searchReplications());
    }
    return String.format(
        Locale.ROOT,
        "Search: NSGA-II (Deb et al. 2002, Jenetics) evolved a population of %d over the %,d"
            + " candidates, minimising the objective, the stated cost and the second metric, each"
            + " candidate on %d replications; %,d candidates were evaluated. The best feasible ones"
            + " (at most %d) were selected among on fresh replications.",
        summary.request().search().population(),
        summary.spaceSize(),
        summary.searchReplications(),
        summary.candidates().size(),
        summary.request().search().finalists());
  }
}
