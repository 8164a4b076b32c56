package org.precinct.charts.theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.precinct.charts.scale.DayScale;

/**
 * The dated axis of every time-series chart and what is drawn on it: ticks on whole multiples of
 * days before election day labelled "E-7 · 29 Oct" in the scenario zone, election day, milestones
 * and injects as lines, shaded surge and outage windows, and their labels, which a {@link
 * LabelledPlot} places in full above the data.
 */
public final class TimeAxes {

  private static final int MAX_TICKS = 9;
  private static final Color INJECT_TEXT = new Color(0x9E4A7C);

  private TimeAxes() {}

  /** Returns the dated axis spanning {@code [from, to]} days relative to election day. */
  public static NumberAxis dayAxis(BriefingTheme theme, DayScale scale, double from, double to) {
    NumberAxis axis = new NumberAxis("Date (" + scale.zone().getId() + ")");
    theme.styleAxis(axis);
    axis.setRange(from, to);
    int step = DayScale.tickStepDays(to - from, MAX_TICKS);
    axis.setTickUnit(new NumberTickUnit(step, new DayFormat(scale)));
    return axis;
  }

  /** Draws the marks as vertical lines, unlabelled: their labels go in a {@link LabelledPlot}. */
  public static void mark(XYPlot plot, BriefingTheme theme, List<TimeMark> marks) {
    for (TimeMark mark : marks) {
      ValueMarker marker = new ValueMarker(mark.x());
      marker.setPaint(colour(mark.kind()));
      marker.setStroke(stroke(theme, mark.kind()));
      plot.addDomainMarker(0, marker, Layer.FOREGROUND);
    }
  }

  /**
   * Labels the marks and windows in the plot's label band, {@code topOffset} pixels below its top:
   * election day first, then milestones, injects and windows, each in time order, so the most
   * important label gets the top row.
   */
  public static void label(
      LabelledPlot plot,
      BriefingTheme theme,
      List<TimeMark> marks,
      List<TimeWindow> windows,
      double topOffset) {
    List<LabelledPlot.Label> labels = new ArrayList<>();
    for (TimeMark.Kind kind : TimeMark.Kind.values()) {
      marks.stream()
          .filter(m -> m.kind() == kind && !m.label().isBlank())
          .sorted(Comparator.comparingDouble(TimeMark::x))
          .forEach(m -> labels.add(label(theme, m)));
    }
    windows.stream()
        .filter(w -> !w.label().isBlank())
        .sorted(Comparator.comparingDouble(TimeWindow::from))
        .forEach(
            w ->
                labels.add(
                    new LabelledPlot.Label(
                        w.label(), w.from(), theme.tickFont(), windowColour(w).darker(), true)));
    plot.setLabels(labels, topOffset);
  }

  private static LabelledPlot.Label label(BriefingTheme theme, TimeMark mark) {
    return new LabelledPlot.Label(
        mark.label(),
        mark.x(),
        mark.kind() == TimeMark.Kind.ELECTION_DAY ? theme.emphasisFont() : theme.tickFont(),
        mark.kind() == TimeMark.Kind.INJECT ? INJECT_TEXT : Palette.INK,
        false);
  }

  /**
   * Shades the windows behind the data, green for surges and vermillion for outages, unlabelled.
   */
  public static void shade(XYPlot plot, BriefingTheme theme, List<TimeWindow> windows) {
    for (TimeWindow window : windows) {
      Marker marker = new IntervalMarker(window.from(), window.to());
      marker.setPaint(Palette.translucent(windowColour(window), 0.14));
      plot.addDomainMarker(0, marker, Layer.BACKGROUND);
    }
  }

  private static Color windowColour(TimeWindow window) {
    return window.surge() ? Palette.GREEN : Palette.VERMILLION;
  }

  private static Color colour(TimeMark.Kind kind) {
    return switch (kind) {
      case ELECTION_DAY -> Palette.BLACK;
      case MILESTONE -> Palette.MUTED;
      case INJECT -> Palette.PURPLE;
    };
  }

  private static BasicStroke stroke(BriefingTheme theme, TimeMark.Kind kind) {
    return switch (kind) {
      case ELECTION_DAY -> new BasicStroke(3f);
      case MILESTONE -> theme.dashedStroke();
      case INJECT ->
          new BasicStroke(
              2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 7f}, 0f);
    };
  }

  /** Tick labels of the dated axis; formatting only, never parsed. */
  private static final class DayFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient DayScale scale;

    DayFormat(DayScale scale) {
      this.scale = scale;
    }

    @Override
    public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
      return to.append(scale.label(x));
    }

    @Override
    public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
      return to.append(scale.label(x));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException("day labels are not parsed");
    }
  }
}
