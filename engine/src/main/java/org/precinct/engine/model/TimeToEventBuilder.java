package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.list.mutable.primitive.BooleanArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.TimeToEventSamples;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Collects right-censored time-to-event observations: for every account that attempted harm, hours
 * from its first harmful request to detection and to enforcement (censored at the window's end), by
 * category and channel; for every started campaign, hours from its start to disruption. A scenario
 * that declares its elections also gets each election's samples (group "election:ID"), its accounts
 * and campaigns being those of the campaigns that belong to it.
 */
final class TimeToEventBuilder {
  private static final double HOUR = 3_600_000.0;
  private final ModelSetup m;
  private final Population population;
  private final double horizonHours;

  TimeToEventBuilder(ModelSetup setup, Population population) {
    this.m = setup;
    this.population = population;
    this.horizonHours = setup.calendar().endTicks() / HOUR;
  }

  ImmutableList<TimeToEventSamples> build(ImmutableList<PolicyCategory> categories) {
    MutableList<TimeToEventSamples> out = Lists.mutable.empty();
    for (CurveKind kind : new CurveKind[] {CurveKind.DETECTION, CurveKind.ENFORCEMENT}) {
      out.add(accounts(kind, SeriesBuilder.ALL, "All accounts", -1, -1, -1));
      for (PolicyCategory c : categories) {
        out.add(accounts(kind, c.id(), c.label(), c.ordinal(), -1, -1));
      }
      for (int ch = 0; ch < m.spec().channels().size(); ch++) {
        ChannelSpec spec = m.spec().channels().get(ch);
        out.add(accounts(kind, spec.id(), spec.label(), -1, ch, -1));
      }
      for (int e = 0; e < elections(); e++) {
        ElectionSpec election = m.calendar().elections().get(e);
        out.add(accounts(kind, electionGroup(election), election.label(), -1, -1, e));
      }
    }
    out.add(campaigns(SeriesBuilder.ALL, "All campaigns", -1, -1));
    for (int c = 0; c < m.campaigns().length; c++) {
      out.add(campaigns(m.campaigns()[c].id(), m.campaigns()[c].label(), c, -1));
    }
    for (int e = 0; e < elections(); e++) {
      ElectionSpec election = m.calendar().elections().get(e);
      out.add(campaigns(electionGroup(election), election.label(), -1, e));
    }
    return out.toImmutable();
  }

  /** How many elections get samples of their own: none unless the scenario declares them. */
  private int elections() {
    return m.spec().timeline().hasElections() ? m.calendar().electionCount() : 0;
  }

  private static String electionGroup(ElectionSpec election) {
    return GroupKind.ELECTION_PREFIX + election.id();
  }

  private TimeToEventSamples accounts(
      CurveKind kind, String group, String label, int category, int channel, int election) {
    Accounts acc = population.accounts();
    DoubleArrayList hours = new DoubleArrayList();
    BooleanArrayList reached = new BooleanArrayList();
    long end = m.calendar().endTicks();
    for (int a = 0; a < acc.size(); a++) {
      long first = acc.firstHarmAt(a);
      if (first < m.calendar().warmUpTicks()
          || (category >= 0 && m.campaigns()[acc.campaign(a)].category().ordinal() != category)
          || (channel >= 0 && acc.channel(a) != channel)
          || (election >= 0 && m.campaignElection()[acc.campaign(a)] != election)) {
        continue;
      }
      long at = kind == CurveKind.DETECTION ? acc.detectedAt(a) : acc.enforcedAt[a];
      boolean hit = at >= 0 && at <= end;
      hours.add((hit ? Math.max(0, at - first) : end - first) / HOUR);
      reached.add(hit);
    }
    return new TimeToEventSamples(
        kind, group, label, hours.toArray(), reached.toArray(), horizonHours);
  }

  private TimeToEventSamples campaigns(String group, String label, int only, int election) {
    CampaignStates s = population.campaigns();
    DoubleArrayList hours = new DoubleArrayList();
    BooleanArrayList reached = new BooleanArrayList();
    for (int c = 0; c < s.started.length; c++) {
      if (!s.started[c]
          || (only >= 0 && c != only)
          || (election >= 0 && m.campaignElection()[c] != election)) {
        continue;
      }
      boolean hit = s.disruptedAt[c] >= 0;
      long at = hit ? s.disruptedAt[c] : m.calendar().endTicks();
      hours.add((at - s.startedAt[c]) / HOUR);
      reached.add(hit);
    }
    return new TimeToEventSamples(
        CurveKind.DISRUPTION, group, label, hours.toArray(), reached.toArray(), horizonHours);
  }
}
