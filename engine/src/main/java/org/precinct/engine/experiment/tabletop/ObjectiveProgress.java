package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ObjectiveSpec;

/**
 * An objective's status at a stop of the exercise, from what has happened so far only: for a metric
 * that can be tracked, its value so far and the share of replications in which the outcome is
 * already settled (an at-most target already exceeded, an at-least target already reached).
 *
 * @param tracked whether the metric can be read so far; if not, it is assessed at the end only
 * @param soFar the value so far across replications (NaN mean when not tracked)
 * @param settled replications in which the objective is already met or missed for good
 * @param settledMeansMet true when settling means met (at-least), false when it means missed
 */
public record ObjectiveProgress(
    ObjectiveSpec objective,
    Metric metric,
    boolean tracked,
    Estimate soFar,
    Proportion settled,
    boolean settledMeansMet) {

  /**
   * Why an objective that is not tracked is assessed at the end only, e.g. "a share over the whole
   * run: accounts still within their first 24 hours may yet be caught or not".
   */
  public String whyAtTheEnd() {
    return switch (metric.unit()) {
      case "share" ->
          "a share over the whole run: cases and accounts still open at this stop may yet go"
              + " either way";
      case "hours" -> "a time averaged over the whole run, which can still rise or fall";
      default -> "its value is only computed from the finished run";
    };
  }
}
