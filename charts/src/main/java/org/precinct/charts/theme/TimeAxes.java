package org.precinct.charts.theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.precinct.charts.scale.DayScale;
import org.precinct.charts.scale.LabelRows;

/**
 * The dated axis of every time-series chart and what is drawn on it: ticks on whole multiples of
 * days before election day labelled "E-7 · 29 Oct" in the scenario zone, election day, milestones
 * and injects as labelled lines (labels staggered so neighbours do not collide), and shaded surge
 * and outage windows.
 */
public final class TimeAxes {

  private static final int MAX_TICKS = 9;
  private static final int LABEL_ROWS = 4;
  private static final double LABEL_ROW_HEIGHT = 30;
  private static final int MAX_LABEL_CHARS = 34;
  private static final double CHAR_WIDTH_PX = 14;
  private static final double PLOT_WIDTH_PX = 1650;
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

  /** Draws the marks as vertical lines with labels along the top of the plot. */
  public static void mark(XYPlot plot, BriefingTheme theme, List<TimeMark> marks) {
    mark(plot, theme, marks, 0);
  }

  /**
   * Draws the marks with their labels starting {@code topOffset} pixels below the plot top, each
   * label left of its line (right of it when there is no room), stacked in rows so none overlaps.
   */
  public static void mark(
      XYPlot plot, BriefingTheme theme, List<TimeMark> marks, double topOffset) {
    Range range = plot.getDomainAxis().getRange();
    double daysPerPixel = range.getLength() / PLOT_WIDTH_PX;
    double[] from = new double[marks.size()];
    double[] to = new double[marks.size()];
    boolean[] right = new boolean[marks.size()];
    for (int i = 0; i < marks.size(); i++) {
      TimeMark mark = marks.get(i);
      double width = shorten(mark.label()).length() * CHAR_WIDTH_PX * daysPerPixel;
      right[i] = mark.x() - width < range.getLowerBound();
      from[i] = right[i] ? mark.x() : mark.x() - width;
      to[i] = right[i] ? mark.x() + width : mark.x();
    }
    int[] rows = LabelRows.assign(from, to, 6 * daysPerPixel, LABEL_ROWS);
    for (int i = 0; i < marks.size(); i++) {
      plot.addDomainMarker(
          0,
          marker(theme, marks.get(i), right[i], topOffset + 6 + LABEL_ROW_HEIGHT * rows[i]),
          Layer.FOREGROUND);
    }
  }

  private static ValueMarker marker(BriefingTheme theme, TimeMark mark, boolean right, double top) {
    ValueMarker marker = new ValueMarker(mark.x());
    marker.setPaint(colour(mark.kind()));
    marker.setStroke(stroke(theme, mark.kind()));
    marker.setLabel(shorten(mark.label()));
    marker.setLabelFont(
        mark.kind() == TimeMark.Kind.ELECTION_DAY ? theme.emphasisFont() : theme.tickFont());
    marker.setLabelPaint(mark.kind() == TimeMark.Kind.INJECT ? INJECT_TEXT : Palette.INK);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    marker.setLabelBackgroundColor(Palette.translucent(Color.WHITE, 0.85));
    marker.setLabelOffset(new RectangleInsets(top, 6, 0, 6));
    return marker;
  }

  /** Returns the label cut to a length that fits beside its line, with an ellipsis. */
  static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS
        ? label
        : label.substring(0, MAX_LABEL_CHARS - 1).strip() + "\u2026";
  }

  /** Shades the windows behind the data, green for surges and vermillion for outages. */
  public static void shade(XYPlot plot, BriefingTheme theme, List<TimeWindow> windows) {
    for (TimeWindow window : windows) {
      Color colour = window.surge() ? Palette.GREEN : Palette.VERMILLION;
      Marker marker = new IntervalMarker(window.from(), window.to());
      marker.setPaint(Palette.translucent(colour, 0.14));
      marker.setLabel(window.label());
      marker.setLabelFont(theme.tickFont());
      marker.setLabelPaint(colour.darker());
      marker.setLabelAnchor(RectangleAnchor.BOTTOM);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
      marker.setLabelOffset(new RectangleInsets(0, 0, 10, 0));
      marker.setLabelBackgroundColor(new Color(0, true));
      plot.addDomainMarker(0, marker, Layer.BACKGROUND);
    }
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
