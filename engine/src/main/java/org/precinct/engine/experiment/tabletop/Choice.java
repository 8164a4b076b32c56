package org.precinct.engine.experiment.tabletop;

import java.util.Objects;

/**
 * The option a team picked at one decision point, by ids, as a decisions file records it.
 *
 * @param decisionId the decision point's id
 * @param optionId the chosen option's id
 */
public record Choice(String decisionId, String optionId) {
  public Choice {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(optionId, "optionId");
  }
}
