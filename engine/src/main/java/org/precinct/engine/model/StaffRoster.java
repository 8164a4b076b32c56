package org.precinct.engine.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * A queue's rostered staff as a step function of simulation time, built from its weekly shifts in
 * the scenario's local time: a shift from 09:00 to 17:00 stays 09:00 to 17:00 on the clock across a
 * daylight-saving change, whatever the number of elapsed hours.
 */
final class StaffRoster {
  private static final long PACK = 1L << 24;
  private final long[] times;
  private final int[] staff;

  private StaffRoster(long[] times, int[] staff) {
    this.times = times;
    this.staff = staff;
  }

  /** The roster of some shifts over the timeline. */
  static StaffRoster of(Iterable<ShiftSpec> shifts, TimelineSpec timeline) {
    LongArrayList edges = new LongArrayList();
    long end = timeline.endTicks();
    for (int d = -1; d <= timeline.dayCount(); d++) {
      LocalDate date = timeline.date(d);
      for (ShiftSpec s : shifts) {
        if (s.days().contains(date.getDayOfWeek()) && s.staff() > 0) {
          long from = timeline.ticksAt(at(date, s.from(), timeline));
          LocalDate toDate = s.to().isAfter(s.from()) ? date : date.plusDays(1);
          long to = timeline.ticksAt(at(toDate, s.to(), timeline));
          edges.add(pack(Math.max(0, from), s.staff()));
          edges.add(pack(Math.max(0, Math.min(to, end)), -s.staff()));
        }
      }
    }
    edges.sortThis();
    return fold(edges);
  }

  private static ZonedDateTime at(LocalDate date, LocalTime time, TimelineSpec timeline) {
    return ZonedDateTime.of(date, time, timeline.zone());
  }

  /** Packs time and delta so that sorting orders by time (deltas of one time are summed later). */
  private static long pack(long time, int delta) {
    return time * PACK + (delta + PACK / 2);
  }

  private static StaffRoster fold(LongArrayList edges) {
    LongArrayList times = new LongArrayList();
    IntArrayList values = new IntArrayList();
    int level = 0;
    int i = 0;
    while (i < edges.size()) {
      long time = Math.floorDiv(edges.get(i), PACK);
      while (i < edges.size() && Math.floorDiv(edges.get(i), PACK) == time) {
        level += (int) (Math.floorMod(edges.get(i), PACK) - PACK / 2);
        i++;
      }
      if (time > 0 && times.isEmpty()) {
        times.add(0);
        values.add(0);
      }
      times.add(time);
      values.add(level);
    }
    if (times.isEmpty()) {
      times.add(0);
      values.add(0);
    }
    return new StaffRoster(times.toArray(), values.toArray());
  }

  /** The number of steps; step i starts at {@link #time(int)} with {@link #staff(int)} on duty. */
  int steps() {
    return times.length;
  }

  long time(int step) {
    return times[step];
  }

  int staff(int step) {
    return staff[step];
  }
}
