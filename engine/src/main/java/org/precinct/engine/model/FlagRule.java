package org.precinct.engine.model;

import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The account-flagging rule that threat accounts and benign users share: a case opens on the k-th
 * flag within a sliding window (k is a parameter that changes may edit).
 */
final class FlagRule {
  private final ModelParameters parameters;
  private final long windowTicks;

  FlagRule(ScenarioSpec spec, ModelParameters parameters) {
    this.parameters = parameters;
    this.windowTicks = spec.defenses().flagging().windowTicks();
  }

  int flagsToOpenCase() {
    return (int) Math.round(parameters.get(Parameter.FLAGS_TO_OPEN_CASE));
  }

  long windowTicks() {
    return windowTicks;
  }
}
