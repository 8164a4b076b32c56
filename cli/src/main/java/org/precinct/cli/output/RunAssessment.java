package org.precinct.cli.output;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.experiment.TargetPrecision;
import org.precinct.engine.experiment.tabletop.ExerciseAssessment;
import org.precinct.engine.experiment.tabletop.Proportion;

/**
 * What a run says beyond its aggregated numbers: how each exercise objective fared across the
 * replications, and, for {@code --target-ci}, how many replications the target took and whether it
 * was reached before the cap.
 *
 * @param objectives the scenario's objectives assessed on every replication (none: empty lists)
 * @param stop the sequential stop, when a target precision was asked for
 */
public record RunAssessment(ExerciseAssessment objectives, Optional<Stop> stop) {
  public RunAssessment {
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(stop, "stop");
  }

  /** No objectives and a fixed count: what a scenario without an exercise says. */
  public static RunAssessment none() {
    return new RunAssessment(
        new ExerciseAssessment(
            Lists.immutable.empty(), Lists.immutable.empty(), Proportion.wilson(0, 0)),
        Optional.empty());
  }

  /** Whether the scenario had objectives to assess. */
  public boolean hasObjectives() {
    return objectives.objectives().notEmpty();
  }

  /**
   * Where sequential replication stopped.
   *
   * @param target the relative half-width asked for, with the pilot, batch and cap
   * @param replications the replications run
   * @param achieved the governing relative half-width at the end ({@link HeadlinePrecision})
   * @param reached whether the target was met (false: the cap stopped the run)
   */
  public record Stop(TargetPrecision target, int replications, double achieved, boolean reached) {
    /** The reason as a kebab id for summary.json: "target-reached" or "cap-reached". */
    public String reason() {
      return reached ? "target-reached" : "cap-reached";
    }
  }
}
