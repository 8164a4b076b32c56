package org.precinct.cli.play;

import java.util.Optional;

/** Where the team's choice at a stop comes from: the console prompt or the web room. */
interface ChoiceSource {

  /** The chosen option's id, or empty when no choice will come (the input ended). */
  Optional<String> choose(StopPages pages);
}
