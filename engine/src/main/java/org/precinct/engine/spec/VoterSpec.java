package org.precinct.engine.spec;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The voter side of a scenario: the categories of legitimate election questions benign streams ask,
 * how the model's answers to them go wrong ({@link InaccuracySpec}), how refusal thresholds spill
 * over onto them, and the political sides parity is measured across. A scenario without it has no
 * voter outcomes.
 *
 * @param refusalSpillover the share of a policy category's refusal probability that also refuses
 *     legitimate questions resembling it (the cost of a stricter threshold)
 */
public record VoterSpec(
    InaccuracySpec inaccuracy,
    double refusalSpillover,
    ImmutableList<QuestionSpec> questions,
    ImmutableList<SideSpec> sides) {
  public VoterSpec {
    Require.nonNull(inaccuracy, "inaccuracy");
    Require.probability(refusalSpillover, "refusalSpillover");
    Require.nonNull(questions, "questions");
    Require.nonNull(sides, "sides");
  }

  /** No voter side: no questions, no sides. */
  public static VoterSpec none() {
    return new VoterSpec(
        new InaccuracySpec(0L, 0, 0, 0, 0), 0, Lists.immutable.empty(), Lists.immutable.empty());
  }

  /** The index of a side id, or -1. */
  public int sideIndex(String id) {
    return sides.detectIndex(s -> s.id().equals(id));
  }
}
