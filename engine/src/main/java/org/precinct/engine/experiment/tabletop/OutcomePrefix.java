package org.precinct.engine.experiment.tabletop;

import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.CampaignTimes;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesResolution;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.TimelineSpec;

/**
 * A replication's outcome cut at a moment, keeping only what had happened by then: the bins that
 * ended by that time, campaign times reached by then, and staffing windows already begun.
 *
 * <p>Everything before a decision time is the same whatever is chosen there (choices take effect
 * after every event of their time), so the prefix of any fork is the state the team sees. Metrics,
 * time-to-event samples and outcome tallies describe the whole run and cannot be cut, so the prefix
 * holds zero metrics (never shown) and no samples or tallies: nothing in it depends on the future.
 */
final class OutcomePrefix {
  private OutcomePrefix() {}

  /** The part of {@code outcome} that had happened by {@code atTicks}. */
  static ReplicationOutcome cut(ReplicationOutcome outcome, TimelineSpec timeline, long atTicks) {
    double[] metrics = new double[Metric.values().length];
    int days = fullDays(timeline, atTicks);
    int hours = (int) Math.min(timeline.hourCount(), atTicks / Ticks.HOUR);
    ImmutableList<SeriesValues> series =
        outcome
            .series()
            .collect(
                s ->
                    new SeriesValues(
                        s.kind(),
                        s.group(),
                        Arrays.copyOf(
                            s.values(),
                            Math.min(
                                s.values().length,
                                s.kind().resolution() == SeriesResolution.DAY ? days : hours))));
    return new ReplicationOutcome(
        outcome.replication(),
        metrics,
        series,
        Lists.immutable.empty(),
        outcome.campaigns().collect(c -> campaign(c, atTicks)),
        Lists.immutable.empty(),
        outcome.windows().select(w -> w.fromTicks() <= atTicks));
  }

  /** Calendar days that had ended by {@code atTicks}. */
  static int fullDays(TimelineSpec timeline, long atTicks) {
    int day = 0;
    while (day < timeline.dayCount() && timeline.dayStartTicks(day + 1) <= atTicks) {
      day++;
    }
    return day;
  }

  private static CampaignTimes campaign(CampaignTimes c, long atTicks) {
    if (c.startTicks() < 0 || c.startTicks() > atTicks) {
      return new CampaignTimes(
          c.campaignId(),
          c.label(),
          c.category(),
          c.channelId(),
          -1L,
          -1L,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          false);
    }
    double elapsedHours = (atTicks - c.startTicks()) / (double) Ticks.HOUR;
    return new CampaignTimes(
        c.campaignId(),
        c.label(),
        c.category(),
        c.channelId(),
        c.startTicks(),
        c.endTicks() <= atTicks ? c.endTicks() : -1L,
        reached(c.firstDetectionHours(), elapsedHours),
        reached(c.firstEnforcementHours(), elapsedHours),
        reached(c.disruptionHours(), elapsedHours),
        c.disruptedBeforeElection() && c.disruptionHours() <= elapsedHours);
  }

  private static double reached(double hours, double elapsedHours) {
    return hours <= elapsedHours ? hours : Double.NaN;
  }
}
