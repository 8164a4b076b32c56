package org.precinct.engine.spec;

/**
 * One category of legitimate election question (where and when to vote, registration deadlines,
 * candidates' positions...), with how the model's answers to it fail askers.
 *
 * @param askedBy the kind of benign stream that asks it
 * @param share the share of that stream kind's requests in this category (shares of one kind are
 *     normalised)
 * @param jurisdictionSpecific whether a right answer needs local detail (a county's polling hours),
 *     which adds {@link InaccuracySpec#jurisdictionExtra()} to the inaccuracy
 * @param overRefusal the probability that the model refuses the question outright (XSTest-style
 *     over-refusal of a safe prompt), before any threshold spill-over
 * @param promptModificationOverRefusal extra refusal probability where prompt modifications are on
 * @param resembles the policy category whose refusal threshold spills over onto this question, or
 *     null for none
 */
public record QuestionSpec(
    String id,
    String label,
    BenignKind askedBy,
    double share,
    boolean jurisdictionSpecific,
    double overRefusal,
    double promptModificationOverRefusal,
    PolicyCategory resembles) {
  public QuestionSpec {
    Require.id(id, "question id");
    Require.text(label, "question label");
    Require.nonNull(askedBy, "question askedBy");
    Require.nonNegative(share, "question share");
    Require.probability(overRefusal, "question overRefusal");
    Require.probability(promptModificationOverRefusal, "question promptModificationOverRefusal");
  }
}
