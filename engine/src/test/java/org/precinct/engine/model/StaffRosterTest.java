package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.engine.spec.TimelineSpec;

final class StaffRosterTest {
  private final TimelineSpec timeline =
      ScenarioBuilder.timeline(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 6));

  @Test
  void aDayShiftKeepsItsLocalHoursAcrossTheEndOfDaylightSavingTime() {
    ShiftSpec nineToFive =
        new ShiftSpec(
            Sets.immutable.of(DayOfWeek.values()), LocalTime.of(9, 0), LocalTime.of(17, 0), 5);
    StaffRoster roster = StaffRoster.of(Lists.immutable.of(nineToFive), timeline);
    for (int day = 0; day < 5; day++) {
      LocalDate date = timeline.date(day);
      long nine = timeline.ticksAt(date.atTime(9, 0).atZone(timeline.zone()));
      long five = timeline.ticksAt(date.atTime(17, 0).atZone(timeline.zone()));
      assertThat(staffAt(roster, nine - 1)).as("%s 08:59", date).isZero();
      assertThat(staffAt(roster, nine)).as("%s 09:00", date).isEqualTo(5);
      assertThat(staffAt(roster, five - 1)).as("%s 16:59", date).isEqualTo(5);
      assertThat(staffAt(roster, five)).as("%s 17:00", date).isZero();
    }
  }

  @Test
  void aNightShiftRunsPastMidnightAndOverlappingShiftsAdd() {
    var days = Sets.immutable.of(DayOfWeek.values());
    ShiftSpec night = new ShiftSpec(days, LocalTime.of(22, 0), LocalTime.of(6, 0), 2);
    ShiftSpec early = new ShiftSpec(days, LocalTime.of(5, 0), LocalTime.of(13, 0), 3);
    StaffRoster roster = StaffRoster.of(Lists.immutable.of(night, early), timeline);
    long day1 = timeline.dayStartTicks(1);
    assertThat(staffAt(roster, day1 + 1)).isEqualTo(2);
    assertThat(staffAt(roster, day1 + 5 * 3_600_000L + 1)).isEqualTo(5);
    assertThat(staffAt(roster, day1 + 6 * 3_600_000L + 1)).isEqualTo(3);
    assertThat(staffAt(roster, day1 + 14 * 3_600_000L)).isZero();
  }

  @Test
  void aShiftFromMidnightToMidnightIsAlwaysOn() {
    ShiftSpec allDay =
        new ShiftSpec(
            Sets.immutable.of(DayOfWeek.values()), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 4);
    StaffRoster roster = StaffRoster.of(Lists.immutable.of(allDay), timeline);
    for (long t = 0; t < timeline.endTicks(); t += 1_800_000L) {
      assertThat(staffAt(roster, t)).isEqualTo(4);
    }
  }

  private static int staffAt(StaffRoster roster, long ticks) {
    int staff = 0;
    for (int i = 0; i < roster.steps() && roster.time(i) <= ticks; i++) {
      staff = roster.staff(i);
    }
    return staff;
  }
}
