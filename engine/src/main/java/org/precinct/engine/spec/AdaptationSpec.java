package org.precinct.engine.spec;

/**
 * How a network reacts when one of its accounts is enforced against: it learns to evade the
 * classifiers, goes quiet for a while, and may move to another channel.
 *
 * @param recallPenalty classifier recall multiplier (0..1, 1 = no adaptation) for every account of
 *     the network after an enforcement; without {@code compounds} it applies once, from the first
 *     enforcement on (the network learns once that it is watched; campaigns sharing a network take
 *     the strongest)
 * @param quietTicks how long the network's accounts pause after an enforcement (0 = none)
 * @param moveToChannelId the channel new and re-created accounts use after the first enforcement;
 *     null or empty to stay
 * @param compounds whether every enforcement multiplies the network's recall multiplier by {@code
 *     recallPenalty} again (the network keeps learning), down to {@code recallFloor}
 * @param recallFloor the lowest recall multiplier compounding reaches (0..1)
 */
public record AdaptationSpec(
    double recallPenalty,
    long quietTicks,
    String moveToChannelId,
    boolean compounds,
    double recallFloor) {

  /** Adaptation that applies once (no compounding). */
  public AdaptationSpec(double recallPenalty, long quietTicks, String moveToChannelId) {
    this(recallPenalty, quietTicks, moveToChannelId, false, 0.0);
  }

  public AdaptationSpec {
    Require.probability(recallPenalty, "recallPenalty");
    Require.probability(recallFloor, "recallFloor");
    Require.nonNegative(quietTicks, "quietTicks");
    moveToChannelId =
        moveToChannelId == null ? "" : Require.optionalId(moveToChannelId, "moveToChannelId");
  }

  /** No adaptation at all. */
  public static AdaptationSpec none() {
    return new AdaptationSpec(1.0, 0L, "");
  }
}
