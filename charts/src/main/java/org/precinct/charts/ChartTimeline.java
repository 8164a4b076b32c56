package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import org.precinct.charts.scale.DayScale;
import org.precinct.charts.theme.TimeMark;
import org.precinct.engine.result.ElectionMarker;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.SeriesResolution;
import org.precinct.engine.result.TimeMarker;

/**
 * The dated frame shared by a run's time-series charts: the day scale, the axis span from the
 * scenario start to its end, and the marks for election day, milestones and injects.
 *
 * @param metadata the run the frame belongs to
 * @param scale maps simulation time to days relative to election day
 * @param from axis start (the scenario start)
 * @param to axis end (the scenario end)
 * @param marks election day, milestones and injects, in that order
 */
public record ChartTimeline(
    RunMetadata metadata, DayScale scale, double from, double to, List<TimeMark> marks) {

  /** Copies the marks. */
  public ChartTimeline {
    marks = List.copyOf(marks);
  }

  /** Builds the frame from a run's metadata. */
  public static ChartTimeline of(RunMetadata metadata) {
    DayScale scale =
        new DayScale(
            metadata.start(), metadata.electionDay(), metadata.zone(), metadata.severalElections());
    double from = scale.x(metadata.start());
    double to = Math.max(scale.x(metadata.end()), from + 1);
    List<TimeMark> marks = new ArrayList<>();
    if (metadata.severalElections()) {
      for (ElectionMarker election : metadata.elections()) {
        marks.add(
            new TimeMark(
                shortLabel(election.label()),
                scale.x(election.atTicks()),
                TimeMark.Kind.ELECTION_DAY));
      }
    } else if (0 >= from && 0 <= to) {
      marks.add(new TimeMark("Election day", 0, TimeMark.Kind.ELECTION_DAY));
    }
    for (TimeMarker milestone : metadata.milestones()) {
      double x = scale.x(milestone.atTicks());
      if (!metadata.severalElections() && x >= 0 && x < 1) {
        continue; // on election day, which is always marked
      }
      marks.add(new TimeMark(milestone.label(), x, TimeMark.Kind.MILESTONE));
    }
    for (TimeMarker inject : metadata.injects()) {
      marks.add(new TimeMark(inject.label(), scale.x(inject.atTicks()), TimeMark.Kind.INJECT));
    }
    return new ChartTimeline(metadata, scale, from, to, marks);
  }

  /**
   * The frame of one election of several: days relative to its own election day (E-n axis), its day
   * marked as election day and the other elections' days as milestones, with the scenario's
   * milestones and injects.
   */
  public static ChartTimeline forElection(RunMetadata metadata, int election) {
    DayScale scale =
        new DayScale(metadata.start(), metadata.electionDate(election), metadata.zone());
    double from = scale.x(metadata.start());
    double to = Math.max(scale.x(metadata.end()), from + 1);
    List<TimeMark> marks = new ArrayList<>();
    for (int e = 0; e < metadata.elections().size(); e++) {
      ElectionMarker marker = metadata.elections().get(e);
      marks.add(
          new TimeMark(
              e == election ? "Election day" : shortLabel(marker.label()),
              scale.x(marker.atTicks()),
              e == election ? TimeMark.Kind.ELECTION_DAY : TimeMark.Kind.MILESTONE));
    }
    for (TimeMarker milestone : metadata.milestones()) {
      marks.add(
          new TimeMark(milestone.label(), scale.x(milestone.atTicks()), TimeMark.Kind.MILESTONE));
    }
    for (TimeMarker inject : metadata.injects()) {
      marks.add(new TimeMark(inject.label(), scale.x(inject.atTicks()), TimeMark.Kind.INJECT));
    }
    return new ChartTimeline(metadata, scale, from, to, marks);
  }

  /** An election's label up to its first comma ("India, general election" marks "India"). */
  static String shortLabel(String label) {
    int comma = label.indexOf(',');
    return comma > 0 ? label.substring(0, comma) : label;
  }

  /** Returns the axis position where bin {@code i} of a series starts. */
  public double binStart(SeriesResolution resolution, int i) {
    return Math.max(from, scale.x(metadata.binStart(resolution, i)));
  }

  /** Returns the axis position where bin {@code i} of a series ends (the next one starts). */
  public double binEnd(SeriesResolution resolution, int i) {
    return Math.min(to, scale.x(metadata.binStart(resolution, i + 1)));
  }

  /** Returns the midpoint of bin {@code i}, where a per-bin value is plotted. */
  public double binMid(SeriesResolution resolution, int i) {
    return (binStart(resolution, i) + binEnd(resolution, i)) / 2;
  }
}
