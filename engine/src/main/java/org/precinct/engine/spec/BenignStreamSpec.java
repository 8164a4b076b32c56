package org.precinct.engine.spec;

/**
 * A stream of benign election-related requests on one channel; it matters through redirects, false
 * positives, review load and wrongful enforcement, so it is simulated by thinning: only the
 * requests a classifier flags are drawn one by one (see docs/decisions/0004-benign-thinning.md).
 *
 * @param requestsPerDay mean requests per day across all users (follows the daily cycle)
 * @param users distinct benign accounts the requests come from (uniformly)
 * @param sideId the political side of the stream's users, or "" for none
 */
public record BenignStreamSpec(
    String id, BenignKind kind, String channelId, double requestsPerDay, int users, String sideId) {
  /** A stream of no side. */
  public BenignStreamSpec(
      String id, BenignKind kind, String channelId, double requestsPerDay, int users) {
    this(id, kind, channelId, requestsPerDay, users, "");
  }

  public BenignStreamSpec {
    sideId = sideId == null ? "" : Require.optionalId(sideId, "benign sideId");
    Require.id(id, "benign id");
    Require.nonNull(kind, "benign kind");
    Require.id(channelId, "benign channelId");
    Require.nonNegative(requestsPerDay, "requestsPerDay");
    if (users < 1) {
      throw new IllegalArgumentException("benign stream " + id + ": users must be >= 1");
    }
  }
}
