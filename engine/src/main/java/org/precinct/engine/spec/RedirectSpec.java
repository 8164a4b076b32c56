package org.precinct.engine.spec;

/**
 * The pop-up redirecting voting-information seekers to an authoritative source (TurboVote in the
 * seed document).
 *
 * @param share the share of voting-information requests that get (and take) the redirect
 */
public record RedirectSpec(boolean enabled, double share) {
  public RedirectSpec {
    Require.probability(share, "redirect share");
  }
}
