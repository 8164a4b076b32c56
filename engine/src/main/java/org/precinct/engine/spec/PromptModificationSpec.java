package org.precinct.engine.spec;

/**
 * Prompt modification on the consumer app: a share of the harmful requests that get past refusal
 * are steered to a harmless answer (neutralised).
 *
 * @param harmReduction probability that a delivered harmful request is neutralised
 */
public record PromptModificationSpec(boolean enabled, double harmReduction) {
  public PromptModificationSpec {
    Require.probability(harmReduction, "harmReduction");
  }
}
