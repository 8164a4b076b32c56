package org.precinct.engine.spec;

/**
 * A stream of benign election-related requests on one channel; it matters through redirects, false
 * positives, review load and wrongful enforcement, so it is simulated by thinning: only the
 * requests a classifier flags are drawn one by one (see docs/decisions/0004-benign-thinning.md).
 *
 * @param requestsPerDay mean requests per day across all users (follows the daily cycle)
 * @param users distinct benign accounts the requests come from (uniformly)
 * @param sideId the political side of the stream's users, or "" for none
 * @param startTicks when the stream starts sending (0: from the start)
 * @param endTicks when it stops (exclusive; {@link Long#MAX_VALUE}: to the end), after the start
 */
public record BenignStreamSpec(
    String id,
    BenignKind kind,
    String channelId,
    double requestsPerDay,
    int users,
    String sideId,
    long startTicks,
    long endTicks) {
  /** A stream that sends through the whole timeline. */
  public BenignStreamSpec(
      String id,
      BenignKind kind,
      String channelId,
      double requestsPerDay,
      int users,
      String sideId) {
    this(id, kind, channelId, requestsPerDay, users, sideId, 0L, Long.MAX_VALUE);
  }

  /** A stream of no side. */
  public BenignStreamSpec(
      String id, BenignKind kind, String channelId, double requestsPerDay, int users) {
    this(id, kind, channelId, requestsPerDay, users, "");
  }

  /** Whether the stream sends at simulation time {@code ticks}. */
  public boolean sendsAt(long ticks) {
    return ticks >= startTicks && ticks < endTicks;
  }

  /** Whether the stream sends through the whole timeline. */
  public boolean always() {
    return startTicks == 0L && endTicks == Long.MAX_VALUE;
  }

  public BenignStreamSpec {
    sideId = sideId == null ? "" : Require.optionalId(sideId, "benign sideId");
    Require.id(id, "benign id");
    Require.nonNull(kind, "benign kind");
    Require.id(channelId, "benign channelId");
    Require.nonNegative(requestsPerDay, "requestsPerDay");
    Require.nonNegative(startTicks, "benign startTicks");
    if (endTicks <= startTicks) {
      throw new IllegalArgumentException(
          "benign stream " + id + ": endTicks must be after startTicks");
    }
    if (users < 1) {
      throw new IllegalArgumentException("benign stream " + id + ": users must be >= 1");
    }
  }
}
