package org.precinct.engine.model;

/**
 * Routes review's verdicts (and detection's confirmations where review is off) to the stages that
 * act on them; bound once, after those stages exist, because verdicts feed back into detection
 * (flags cleared) and enforcement (the ladder). {@link ElectionModel} alone creates and binds it.
 */
final class Routing implements Verdicts, AccountFates {
  private Detection detection;
  private Enforcement enforcement;
  private BenignCases benign;

  void bind(Detection detectionStage, Enforcement enforcementStage, BenignCases benignStage) {
    if (detection != null) {
      throw new IllegalStateException("verdict routing is already bound");
    }
    this.detection = detectionStage;
    this.enforcement = enforcementStage;
    this.benign = benignStage;
  }

  @Override
  public void threatDecided(int account, int queue, boolean confirmed) {
    detection.clearFlags(account);
    if (confirmed) {
      enforcement.confirmedThreat(account, queue);
    }
  }

  @Override
  public void confirmedThreat(int account, int queue) {
    enforcement.confirmedThreat(account, queue);
  }

  @Override
  public void benignDecided(int slot, boolean confirmed, int queue) {
    benign.onReviewed(slot, confirmed, queue);
  }

  @Override
  public void networkDecided(int network, boolean confirmed) {
    enforcement.onNetworkReviewed(network, confirmed);
  }

  @Override
  public void benignAppealDecided(int slot, boolean granted) {
    if (granted) {
      benign.reinstate(slot);
    }
  }
}
