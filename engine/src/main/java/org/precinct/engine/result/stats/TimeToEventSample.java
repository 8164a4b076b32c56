package org.precinct.engine.result.stats;

import org.eclipse.collections.api.list.primitive.MutableDoubleList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;

/**
 * Collects times to an event (time to detect, to enforce) with right-censoring in primitive lists,
 * so that accounts never caught within the window count as censored rather than vanishing.
 */
public final class TimeToEventSample {

  private final MutableDoubleList eventTimes = new DoubleArrayList();
  private final MutableDoubleList censoredTimes = new DoubleArrayList();

  /** Creates an empty sample. */
  public TimeToEventSample() {}

  /** Records a subject whose event happened at {@code time}. */
  public void addEvent(double time) {
    eventTimes.add(check(time));
  }

  /** Records a subject still without the event when last seen at {@code time}. */
  public void addCensored(double time) {
    censoredTimes.add(check(time));
  }

  /** Records a subject, observed or censored at {@code time}. */
  public void add(double time, boolean eventObserved) {
    if (eventObserved) {
      addEvent(time);
    } else {
      addCensored(time);
    }
  }

  /** Adds every subject of another sample, for pooling replications. */
  public void addAll(TimeToEventSample other) {
    eventTimes.addAll(other.eventTimes);
    censoredTimes.addAll(other.censoredTimes);
  }

  /** Returns the number of subjects. */
  public int size() {
    return eventTimes.size() + censoredTimes.size();
  }

  /** Returns the number of observed events. */
  public int eventCount() {
    return eventTimes.size();
  }

  /** Returns the Kaplan-Meier estimate of this sample. */
  public KaplanMeier fit() {
    return KaplanMeier.fromSorted(eventTimes.toSortedArray(), censoredTimes.toSortedArray());
  }

  private static double check(double time) {
    if (!(time >= 0 && time < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("time to event must be finite and >= 0, was " + time);
    }
    return time;
  }
}
