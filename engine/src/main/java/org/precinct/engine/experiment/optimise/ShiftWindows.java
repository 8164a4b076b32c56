package org.precinct.engine.experiment.optimise;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.ScheduledChange;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * A change of one shift's headcount as surge (or outage) windows, one per occurrence of the shift
 * in the scenario's local time: staff of overlapping shifts add up, so adding {@code delta} during
 * every occurrence of a shift is the same as rostering {@code staff + delta} on it.
 */
final class ShiftWindows {

  private ShiftWindows() {}

  /** The changes that move {@code shift} of {@code queueId} by {@code delta} reviewers. */
  static ImmutableList<ScheduledChange> delta(
      TimelineSpec timeline, String queueId, ShiftSpec shift, int delta) {
    MutableList<ScheduledChange> changes = Lists.mutable.empty();
    if (delta == 0) {
      return changes.toImmutable();
    }
    long end = timeline.endTicks();
    LocalDate last = timeline.end().toLocalDate();
    for (LocalDate day = timeline.start().toLocalDate().minusDays(1);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!shift.days().contains(day.getDayOfWeek())) {
        continue;
      }
      ZonedDateTime from = day.atTime(shift.from()).atZone(timeline.zone());
      LocalDate toDay = shift.to().isAfter(shift.from()) ? day : day.plusDays(1);
      ZonedDateTime to = toDay.atTime(shift.to()).atZone(timeline.zone());
      long fromTicks = Math.max(0, timeline.ticksAt(from));
      long toTicks = Math.min(end, timeline.ticksAt(to));
      if (toTicks > fromTicks) {
        changes.add(
            ScheduledChange.atStart(new Change.AddStaff(queueId, fromTicks, toTicks, delta)));
      }
    }
    return changes.toImmutable();
  }
}
