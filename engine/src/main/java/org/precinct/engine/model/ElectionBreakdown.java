package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.TimeToEventSamples;
import org.precinct.engine.result.stats.KaplanMeier;

/**
 * Reads a finished replication's headline measures per election into the breakdown table
 * "elections" (one group per election id), so a scenario of several elections reads each one with
 * CIs beside the whole-scenario metrics: harm delivered (count, severity-weighted, weighted before
 * its own election day's end), exposure-weighted harm, accounts enforced, the share of its harmful
 * accounts enforced within 24 h and the restricted mean time to enforce (Kaplan-Meier, censored at
 * the window's end), its campaigns disrupted before its election day, the mean review wait of its
 * cases and its voters misinformed or turned away. A scenario of one undeclared election has no
 * such table (the metrics are that election's).
 */
final class ElectionBreakdown {
  static final String TABLE = "elections";

  private final EndState m;
  private final ImmutableList<TimeToEventSamples> samples;
  private final MutableList<GroupValue> groups = Lists.mutable.empty();

  ElectionBreakdown(EndState m, ImmutableList<TimeToEventSamples> samples) {
    this.m = m;
    this.samples = samples;
    if (m.setup().spec().timeline().hasElections()) {
      for (int e = 0; e < m.setup().calendar().electionCount(); e++) {
        election(e);
      }
    }
  }

  ImmutableList<GroupValue> groups() {
    return groups.toImmutable();
  }

  private void election(int e) {
    ModelSetup setup = m.setup();
    String id = setup.calendar().elections().get(e).id();
    Recorder r = m.recorder();
    int[] of = setup.campaignElection();
    long delivered = 0;
    double severity = 0;
    double before = 0;
    long enforced = 0;
    int disrupted = 0;
    double waitSum = 0;
    long reviews = 0;
    WaitTally t = r.waits;
    CampaignStates s = m.population().campaigns();
    for (int c = 0; c < of.length; c++) {
      if (of[c] != e) {
        continue;
      }
      delivered += r.campaignDelivered[c];
      severity += r.campaignSeverity[c];
      before += r.campaignWeightedBefore[c];
      enforced += r.campaignEnforced[c];
      long at = s.disruptedAt[c];
      disrupted += at >= 0 && at < setup.calendar().electionStart(e) ? 1 : 0;
      waitSum += t.classSum[t.campaignClass(c)];
      reviews += t.classCount[t.campaignClass(c)];
    }
    add(id, "harm-delivered", delivered);
    add(id, "harm-severity-weighted", severity);
    add(id, "harm-weighted-before-election", before);
    add(id, "exposure-weighted-harm", m.exposure().total(e));
    add(id, "accounts-enforced", enforced);
    add(id, "campaigns-disrupted-before-election", disrupted);
    add(id, "reviews-started", reviews);
    if (reviews > 0) {
      add(id, "mean-wait-hours", waitSum / reviews);
    }
    long misinformed = 0;
    int[] streams = setup.streamElection();
    for (int b = 0; b < streams.length; b++) {
      if (streams[b] == e) {
        misinformed += r.voters.streamInaccurate[b] + r.voters.streamRefused[b];
      }
    }
    if (streams.length > 0) {
      add(id, "voters-misinformed-or-turned-away", misinformed);
    }
    enforcement(e, id);
  }

  /**
   * Kaplan-Meier of the election's harmful accounts from first harmful request to enforcement, from
   * the election's own time-to-enforcement samples.
   */
  private void enforcement(int e, String id) {
    String group = GroupKind.ELECTION_PREFIX + id;
    TimeToEventSamples s =
        samples.detect(x -> x.kind() == CurveKind.ENFORCEMENT && x.group().equals(group));
    if (s == null || s.size() == 0) {
      return;
    }
    KaplanMeier km = KaplanMeier.fit(s.hours(), s.reached());
    add(id, "enforced-within-24h-share", km.shareReachedWithin(24.0));
    add(id, "restricted-mean-hours-to-enforce", km.restrictedMean(s.horizonHours()));
  }

  private void add(String group, String measure, double value) {
    groups.add(new GroupValue(TABLE, group, measure, value));
  }
}
