package org.precinct.engine.model;

/**
 * The threat side's state: accounts, campaigns and networks in primitive arrays, with the one
 * transition that must keep all three consistent (an active account leaving for a final state).
 */
record Population(Accounts accounts, CampaignStates campaigns, NetworkStates networks) {

  static Population of(ModelSetup setup, Accounts accounts) {
    int[] channels = new int[setup.campaigns().length];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = setup.index().channel(setup.campaigns()[c].channelId());
    }
    return new Population(
        accounts,
        new CampaignStates(channels.length, channels),
        new NetworkStates(setup.index().networkCount()));
  }

  /** Moves an active account to a final state, keeping the campaign and network counts right. */
  void leaveActive(int a, byte state) {
    if (accounts.isActive(a)) {
      campaigns.active[accounts.campaign(a)]--;
      if (accounts.flaggedEver[a]) {
        networks.flaggedActive[accounts.network(a)]--;
      }
    }
    accounts.setState(a, state);
  }

  /** Records an account's first detection (and its campaign's); false if it was known already. */
  boolean markDetected(int a, long now) {
    if (accounts.detectedAt(a) >= 0) {
      return false;
    }
    accounts.setDetectedAt(a, now);
    campaigns.noteDetection(accounts.campaign(a), now);
    return true;
  }
}
