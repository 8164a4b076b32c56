package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * A censoring-aware time-to-event curve: the share of subjects (accounts or campaigns) that reached
 * the event by each hour since their first harmful request, estimated per replication with
 * Kaplan-Meier (many are never caught within the window, and a mean over the caught ones alone
 * misleads) and averaged across replications with a confidence band.
 *
 * @param group a policy-category id, a campaign id, a channel id, "election:ID" or "all"
 * @param share share reached by {@code hours[i]}, i.e. 1 - S(t)
 * @param low lower confidence bound of {@code share}
 * @param high upper confidence bound of {@code share}
 * @param neverReachedShare share not reached by the end of the window (S at the last time)
 * @param restrictedMeanHours restricted mean time to the event up to the window's length
 * @param subjects mean number of subjects per replication
 */
public record SurvivalCurve(
    String id,
    String label,
    CurveKind kind,
    String group,
    double[] hours,
    double[] share,
    double[] low,
    double[] high,
    double neverReachedShare,
    double within24hShare,
    double restrictedMeanHours,
    int subjects) {

  @Override
  public boolean equals(Object o) {
    return o instanceof SurvivalCurve c
        && id.equals(c.id)
        && label.equals(c.label)
        && kind == c.kind
        && group.equals(c.group)
        && Arrays.equals(hours, c.hours)
        && Arrays.equals(share, c.share)
        && Arrays.equals(low, c.low)
        && Arrays.equals(high, c.high)
        && Double.compare(neverReachedShare, c.neverReachedShare) == 0
        && Double.compare(within24hShare, c.within24hShare) == 0
        && Double.compare(restrictedMeanHours, c.restrictedMeanHours) == 0
        && subjects == c.subjects;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, group, Arrays.hashCode(share), subjects);
  }

  @Override
  public String toString() {
    return "SurvivalCurve[" + id + ", " + kind + ", " + group + ", points=" + hours.length + "]";
  }
}
