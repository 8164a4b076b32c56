package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.spec.DecisionOptionSpec;

/**
 * A decision as the debrief tells it: the stop the team saw, the option it chose, and what every
 * option would have done.
 */
public record DecisionRecord(DecisionStop stop, DecisionOptionSpec chosen) {

  /** The effect of the chosen option against carrying on. */
  public OptionEffect chosenEffect() {
    return stop.comparison().option(chosen.id());
  }
}
