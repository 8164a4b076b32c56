package org.precinct.engine.spec;

/**
 * How a network reacts when one of its accounts is enforced against: it learns to evade the
 * classifiers, goes quiet for a while, and may move to another channel.
 *
 * @param recallPenalty classifier recall multiplier (0..1, 1 = no adaptation) for every account of
 *     the network from its first enforcement on (the network learns once that it is watched; the
 *     multiplier does not compound; campaigns sharing a network take the strongest)
 * @param quietTicks how long the network's accounts pause after an enforcement (0 = none)
 * @param moveToChannelId the channel new and re-created accounts use after the first enforcement;
 *     null or empty to stay
 */
public record AdaptationSpec(double recallPenalty, long quietTicks, String moveToChannelId) {
  public AdaptationSpec {
    Require.probability(recallPenalty, "recallPenalty");
    Require.nonNegative(quietTicks, "quietTicks");
    moveToChannelId =
        moveToChannelId == null ? "" : Require.optionalId(moveToChannelId, "moveToChannelId");
  }

  /** No adaptation at all. */
  public static AdaptationSpec none() {
    return new AdaptationSpec(1.0, 0L, "");
  }
}
