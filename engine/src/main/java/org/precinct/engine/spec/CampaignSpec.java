package org.precinct.engine.spec;

/**
 * One threat campaign: a policy category pursued on one channel by a set of accounts during a
 * window, the unit the results track from first harmful request to disruption.
 *
 * @param harmfulShare share of the campaign's requests that violate policy (the rest is cover)
 * @param severity 1 (low) to 5 (severe); weights harm and orders review queues
 * @param networkId accounts of campaigns sharing a network are linked by coordination detection and
 *     taken down together; empty means the campaign is its own network
 * @param active false: the campaign only starts through a {@link Change.StartCampaign}
 * @param reachScale exposure of one of its harmful outputs, in audience units (1 = the default
 *     audience); multiplies the channel's reach scale
 */
public record CampaignSpec(
    String id,
    String label,
    PolicyCategory category,
    String channelId,
    long startTicks,
    long endTicks,
    AccountsSpec accounts,
    IntensitySpec intensity,
    double harmfulShare,
    double severity,
    String networkId,
    AdaptationSpec adaptation,
    boolean active,
    String sideId,
    double classifierEvasion,
    double reachScale) {
  /** A campaign of no side whose accounts do not evade the classifiers. */
  public CampaignSpec(
      String id,
      String label,
      PolicyCategory category,
      String channelId,
      long startTicks,
      long endTicks,
      AccountsSpec accounts,
      IntensitySpec intensity,
      double harmfulShare,
      double severity,
      String networkId,
      AdaptationSpec adaptation,
      boolean active) {
    this(
        id,
        label,
        category,
        channelId,
        startTicks,
        endTicks,
        accounts,
        intensity,
        harmfulShare,
        severity,
        networkId,
        adaptation,
        active,
        "",
        1.0,
        1.0);
  }

  /** A campaign with the default reach scale of 1. */
  public CampaignSpec(
      String id,
      String label,
      PolicyCategory category,
      String channelId,
      long startTicks,
      long endTicks,
      AccountsSpec accounts,
      IntensitySpec intensity,
      double harmfulShare,
      double severity,
      String networkId,
      AdaptationSpec adaptation,
      boolean active,
      String sideId,
      double classifierEvasion) {
    this(
        id,
        label,
        category,
        channelId,
        startTicks,
        endTicks,
        accounts,
        intensity,
        harmfulShare,
        severity,
        networkId,
        adaptation,
        active,
        sideId,
        classifierEvasion,
        1.0);
  }

  public CampaignSpec {
    Require.id(id, "campaign id");
    Require.text(label, "campaign label");
    Require.nonNull(category, "category");
    Require.id(channelId, "campaign channelId");
    Require.nonNegative(startTicks, "campaign startTicks");
    if (endTicks <= startTicks) {
      throw new IllegalArgumentException("campaign " + id + ": endTicks must be after startTicks");
    }
    Require.nonNull(accounts, "accounts");
    Require.nonNull(intensity, "intensity");
    Require.probability(harmfulShare, "harmfulShare");
    Require.range(severity, 1.0, 5.0, "severity");
    networkId = networkId == null ? "" : Require.optionalId(networkId, "networkId");
    Require.nonNull(adaptation, "adaptation");
    sideId = sideId == null ? "" : Require.optionalId(sideId, "campaign sideId");
    Require.probability(classifierEvasion, "classifierEvasion");
    Require.nonNegative(reachScale, "reachScale");
  }

  /** The network this campaign's accounts belong to: its own id when none is named. */
  public String effectiveNetworkId() {
    return networkId.isEmpty() ? id : networkId;
  }
}
