package org.precinct.engine.spec;

/**
 * The pop-up redirecting voting-information seekers to an authoritative source (TurboVote in the
 * seed document).
 *
 * @param share the share of voting-information requests shown the redirect
 * @param takeUp the share of those shown who follow it to the authoritative source (and so get no
 *     answer from the model that could be stale)
 */
public record RedirectSpec(boolean enabled, double share, double takeUp) {
  public RedirectSpec {
    Require.probability(share, "redirect share");
    Require.probability(takeUp, "redirect takeUp");
  }

  /** A redirect everyone shown follows. */
  public RedirectSpec(boolean enabled, double share) {
    this(enabled, share, 1.0);
  }
}
