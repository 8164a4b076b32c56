package org.precinct.engine.model;

import org.precinct.engine.result.Outcome;
import org.precinct.engine.spec.PolicyCategory;

/**
 * The conservation and sanity laws checked at the end of every replication: every harmful request
 * is refused, neutralised, delivered or pending; no queue or count is negative; every enforcement
 * follows a detection; no case is lost. A failure is a model bug and throws {@link
 * ModelInvariantException}.
 */
final class InvariantCheck {
  private final EndState m;

  InvariantCheck(EndState m) {
    this.m = m;
  }

  void verifyInvariants() {
    conservation();
    exposure();
    queues();
    campaigns();
    enforcementFollowsDetection();
  }

  private void conservation() {
    Recorder r = m.recorder();
    long accounted = r.refusals + r.neutralised + r.deliveredUndetected + r.deliveredAfterDetection;
    if (accounted != r.harmful) {
      fail("harmful requests " + r.harmful + " but " + accounted + " accounted for");
    }
    long tallied = 0;
    for (PolicyCategory c : PolicyCategory.values()) {
      for (int ch = 0; ch < r.channels; ch++) {
        for (Outcome o : Outcome.values()) {
          tallied += r.outcome(c.ordinal(), ch, o);
        }
      }
    }
    if (tallied != r.harmful) {
      fail("outcome tallies sum to " + tallied + ", not " + r.harmful);
    }
  }

  private void exposure() {
    Exposure e = m.exposure();
    if (!(e.total() >= 0 && Double.isFinite(e.total()) && e.live() >= 0)) {
      fail("exposure-weighted harm " + e.total() + " with live exposure " + e.live());
    }
  }

  private void queues() {
    int waiting = 0;
    for (ReviewQueue q : m.queues()) {
      if (q.waiting() < 0 || q.busy() < 0 || q.staffed() < 0) {
        fail(
            "queue "
                + q.spec.id()
                + " negative: waiting "
                + q.waiting()
                + ", busy "
                + q.busy()
                + ", staffed "
                + q.staffed());
      }
      waiting += q.waiting();
    }
    if (waiting != m.totalWaiting()) {
      fail("queues hold " + waiting + " waiting cases but the desk counts " + m.totalWaiting());
    }
  }

  private void campaigns() {
    CampaignStates s = m.population().campaigns();
    int[] active = new int[s.active.length];
    for (int a = 0; a < m.population().accounts().size(); a++) {
      if (m.population().accounts().isActive(a)) {
        active[m.population().accounts().campaign(a)]++;
      }
    }
    for (int c = 0; c < active.length; c++) {
      if (s.active[c] != active[c] || s.pendingRecreations[c] < 0) {
        fail(
            "campaign "
                + m.setup().campaigns()[c].id()
                + " counts "
                + s.active[c]
                + " active accounts, has "
                + active[c]
                + ", pending re-creations "
                + s.pendingRecreations[c]);
      }
    }
    for (int n = 0; n < m.population().networks().count(); n++) {
      if (m.population().networks().flaggedActive[n] < 0) {
        fail("network " + n + " has a negative flagged-account count");
      }
    }
  }

  private void enforcementFollowsDetection() {
    Accounts acc = m.population().accounts();
    for (int a = 0; a < acc.size(); a++) {
      if (acc.enforcedAt[a] >= 0
          && (acc.detectedAt(a) < 0 || acc.detectedAt(a) > acc.enforcedAt[a])) {
        fail(
            "account "
                + a
                + " enforced at "
                + acc.enforcedAt[a]
                + " without a prior detection ("
                + acc.detectedAt(a)
                + ")");
      }
    }
  }

  private static void fail(String message) {
    throw new ModelInvariantException(message);
  }
}
