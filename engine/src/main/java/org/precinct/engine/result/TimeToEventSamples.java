package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * One replication's time-to-event observations for one group of subjects: hours from each subject's
 * first harmful request to the event, or to the end of the window when it was never reached
 * (right-censored), the input of a Kaplan-Meier estimate.
 *
 * @param group a policy-category id, channel id, campaign id, "election:ID" (one election of a
 *     scenario that declares them) or "all"
 * @param reached per subject, whether the event happened (false: censored at {@code hours[i]})
 * @param horizonHours the longest possible follow-up (the window's length), the restricted-mean
 *     horizon
 */
public record TimeToEventSamples(
    CurveKind kind,
    String group,
    String label,
    double[] hours,
    boolean[] reached,
    double horizonHours) {
  public TimeToEventSamples {
    if (hours.length != reached.length) {
      throw new IllegalArgumentException("hours and reached differ in length");
    }
  }

  /** The number of subjects. */
  public int size() {
    return hours.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeToEventSamples t
        && kind == t.kind
        && group.equals(t.group)
        && label.equals(t.label)
        && Arrays.equals(hours, t.hours)
        && Arrays.equals(reached, t.reached)
        && Double.compare(horizonHours, t.horizonHours) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, group, Arrays.hashCode(hours));
  }

  @Override
  public String toString() {
    return "TimeToEventSamples[" + kind + ", " + group + ", n=" + hours.length + "]";
  }
}
