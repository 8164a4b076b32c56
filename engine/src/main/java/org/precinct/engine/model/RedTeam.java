package org.precinct.engine.model;

import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Red-team cadences: for each classifier with one, an exercise starts every {@code
 * CLASSIFIER_RED_TEAM_EVERY} days from the start (a change of cadence while running, by an inject
 * or a decision, schedules the next exercise one new period after the change) and costs its price;
 * its findings reach production after the lead time, which updates the classifier (its recall drift
 * starts again).
 */
final class RedTeam implements EventHandler {
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final Classifiers classifiers;
  private final ClassifierSpec[] specs;
  private final double[] every;
  private final long[] pending;
  private double cost;
  private int exercises;

  RedTeam(
      ScenarioSpec spec, ModelParameters parameters, ModelClock clock, Classifiers classifiers) {
    this.parameters = parameters;
    this.clock = clock;
    this.classifiers = classifiers;
    this.specs = spec.defenses().classifiers().toArray(new ClassifierSpec[0]);
    this.every = parameters.values(Parameter.CLASSIFIER_RED_TEAM_EVERY);
    this.pending = new long[specs.length];
    java.util.Arrays.fill(pending, -1L);
  }

  /** The cadence changed while running: the next exercise comes one new period from now. */
  void onCadenceChanged(int k) {
    if (pending[k] >= 0) {
      clock.cancel(pending[k]);
      pending[k] = -1L;
    }
    scheduleExercise(k);
  }

  /** Schedules each classifier's first exercise. */
  void start() {
    for (int k = 0; k < specs.length; k++) {
      scheduleExercise(k);
    }
  }

  private void scheduleExercise(int k) {
    if (every[k] <= 0) {
      return;
    }
    long at = clock.now() + Ticks.ofDays(every[k]);
    if (at < clock.endTicks()) {
      pending[k] = clock.at(at, EventTypes.PRIORITY_NORMAL, this, EventTypes.RED_TEAM_START, k);
    }
  }

  @Override
  public void onEvent(int type, long payload) {
    int k = (int) payload;
    if (type == EventTypes.RED_TEAM_START) {
      pending[k] = -1L;
      exercises++;
      cost += specs[k].redTeam().costPerExercise();
      long findings = clock.now() + specs[k].redTeam().leadTimeTicks();
      if (findings <= clock.endTicks()) {
        clock.at(findings, EventTypes.PRIORITY_NORMAL, this, EventTypes.RED_TEAM_FINDINGS, k);
      }
      scheduleExercise(k);
    } else {
      classifiers.updated(k);
    }
  }

  /** A change set the classifier's recall or AUC: it counts as an update. */
  void retrained(int k) {
    classifiers.updated(k);
  }

  /** The cost of the exercises started so far. */
  double cost() {
    return cost;
  }

  /** The exercises started so far. */
  int exercises() {
    return exercises;
  }
}
