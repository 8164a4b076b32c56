package org.precinct.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.precinct.charts.scale.AxisRanges;
import org.precinct.charts.scale.LabelSpread;
import org.precinct.charts.scale.StepCurve;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.SeriesColours;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.ElectionMarker;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SurvivalCurve;

/**
 * How quickly is misuse caught? Kaplan-Meier curves of the share of harmful accounts (or campaigns)
 * detected, enforced against or disrupted by hours since their first harmful request, one line per
 * policy category, per election or per variant, each with its confidence band; the plateau at the
 * right is labelled with the share never caught within the window, so censoring is shown, not
 * hidden.
 */
public final class TimeToCatchChart {

  private static final double LABEL_ROOM = 0.16;
  private static final double SETTLED_TOLERANCE = 0.005;

  /** What one curve of the chart stands for. */
  public enum Grouping {
    /** One curve per policy category (the overall curve when none has one). */
    CATEGORY,
    /** One overall curve per variant, see {@link #datasetByVariant}. */
    VARIANT,
    /** One curve per election of a scenario of several, in the order the scenario lists them. */
    ELECTION
  }

  /**
   * Options of the chart.
   *
   * @param kind which event the curves measure
   * @param grouping what one curve stands for
   * @param referenceHours a dashed reference line (e.g. 24 h), or 0 for none
   */
  public record Options(CurveKind kind, Grouping grouping, double referenceHours) {

    /** Validates the options. */
    public Options {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(grouping, "grouping");
      if (!(referenceHours >= 0)) {
        throw new IllegalArgumentException("referenceHours must be >= 0, was " + referenceHours);
      }
    }

    /** Returns the options of a per-category chart with a 24-hour reference line. */
    public static Options byCategory(CurveKind kind) {
      return new Options(kind, Grouping.CATEGORY, 24);
    }

    /** Returns the options of a per-election chart with a 24-hour reference line. */
    public static Options byElection(CurveKind kind) {
      return new Options(kind, Grouping.ELECTION, 24);
    }
  }

  /**
   * One curve as drawn.
   *
   * @param key the colour key (category id, variant or "election:ID")
   * @param label the legend label
   * @param curve the step curve, anchored at hour 0 and carried to the axis end
   * @param neverReached share never reached within the window
   * @param subjects mean subjects per replication behind the curve
   */
  public record Line(
      String key, String label, StepCurve curve, double neverReached, int subjects) {}

  /**
   * What the chart draws.
   *
   * @param kind the event measured
   * @param grouping what one curve stands for
   * @param lines the curves, in colour-slot order
   * @param colours the colour of each key
   * @param endHours where the curves end (the axis spans a little more for labels)
   * @param caption the run caption
   */
  public record Data(
      CurveKind kind,
      Grouping grouping,
      List<Line> lines,
      SeriesColours colours,
      double endHours,
      Caption caption) {
    /** Copies the lines. */
    public Data {
      lines = List.copyOf(lines);
    }
  }

  private TimeToCatchChart() {}

  /**
   * Returns one curve per policy category of the given kind, in category order, or with {@link
   * Grouping#ELECTION} one per election, in the scenario's order.
   */
  public static Data dataset(ScenarioResult result, Options options) {
    if (options.grouping() == Grouping.ELECTION) {
      return datasetByElection(result, options);
    }
    List<SurvivalCurve> curves = new ArrayList<>();
    for (String key : ChartKeys.categoryIds()) {
      SurvivalCurve curve = result.curve(options.kind(), key);
      if (curve != null && curve.subjects() > 0) {
        curves.add(curve);
      }
    }
    SeriesColours colours = ChartKeys.categoryColours();
    if (curves.isEmpty() && result.curve(options.kind(), "all") != null) {
      curves.add(result.curve(options.kind(), "all"));
      colours = SeriesColours.of(List.of("all"));
    }
    List<String> keys = curves.stream().map(SurvivalCurve::group).toList();
    return data(
        options.kind(), Grouping.CATEGORY, curves, keys, colours, Caption.of(result.metadata()));
  }

  /**
   * One curve per election that had subjects, labelled with the election's short name; each
   * election keeps its slot in the scenario's order (twelve distinct colours, each labelled in the
   * legend), so an election keeps its colour whichever others had no subjects.
   */
  private static Data datasetByElection(ScenarioResult result, Options options) {
    List<String> order = new ArrayList<>();
    List<SurvivalCurve> curves = new ArrayList<>();
    for (ElectionMarker election : result.metadata().elections()) {
      String group = GroupKind.ELECTION_PREFIX + election.id();
      order.add(group);
      SurvivalCurve curve = result.curve(options.kind(), group);
      if (curve != null && curve.subjects() > 0) {
        curves.add(curve);
      }
    }
    List<String> keys = curves.stream().map(SurvivalCurve::group).toList();
    Data drawn =
        data(
            options.kind(),
            Grouping.ELECTION,
            curves,
            keys,
            SeriesColours.extended(order),
            Caption.of(result.metadata()));
    // the legend names each election as the other per-election charts do ("India", not "India,
    // general election (final phase)"), so five of them fit on one row
    List<Line> lines =
        drawn.lines().stream()
            .map(
                l ->
                    new Line(
                        l.key(),
                        ChartTimeline.shortLabel(l.label()),
                        l.curve(),
                        l.neverReached(),
                        l.subjects()))
            .toList();
    return new Data(
        drawn.kind(), drawn.grouping(), lines, drawn.colours(), drawn.endHours(), drawn.caption());
  }

  /** Returns one "all" curve per variant, coloured in the order the variants are given. */
  public static Data datasetByVariant(List<ScenarioResult> variants, Options options) {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("at least one variant is needed");
    }
    List<SurvivalCurve> curves = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (ScenarioResult variant : variants) {
      SurvivalCurve curve = variant.curve(options.kind(), "all");
      if (curve != null) {
        curves.add(curve);
        keys.add(variant.metadata().variant());
      }
    }
    List<String> order = variants.stream().map(v -> v.metadata().variant()).toList();
    return data(
        options.kind(),
        Grouping.VARIANT,
        curves,
        keys,
        SeriesColours.of(order),
        Caption.of(variants.get(0).metadata()));
  }

  private static Data data(
      CurveKind kind,
      Grouping grouping,
      List<SurvivalCurve> curves,
      List<String> keys,
      SeriesColours colours,
      Caption caption) {
    List<StepCurve> steps =
        curves.stream().map(c -> new StepCurve(c.hours(), c.share(), c.low(), c.high())).toList();
    double end = axisEndHours(steps);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < curves.size(); i++) {
      SurvivalCurve c = curves.get(i);
      lines.add(
          new Line(
              keys.get(i),
              labelOf(c, keys.get(i)),
              steps.get(i).anchored(end),
              c.neverReachedShare(),
              c.subjects()));
    }
    return new Data(kind, grouping, lines, colours, end, caption);
  }

  /**
   * Returns where the hours axis ends: a quarter past the hour by which every curve has settled
   * (within half a percentage point of its plateau), in whole days, at least one day; the curves
   * are flat after that, so their plateaus still read as the share never reached.
   */
  static double axisEndHours(List<StepCurve> curves) {
    double settled = 0;
    for (StepCurve curve : curves) {
      settled = Math.max(settled, curve.settledBy(SETTLED_TOLERANCE));
    }
    return Math.max(24, Math.ceil(settled * 1.25 / 24) * 24);
  }

  private static String labelOf(SurvivalCurve curve, String key) {
    return key.equals(curve.group()) ? curve.label() : key;
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    DeviationStepRenderer renderer = new DeviationStepRenderer();
    renderer.setAlpha(0.16f);
    renderer.setDefaultShapesVisible(false);
    renderer.setLegendLine(theme.legendLine());
    for (int i = 0; i < data.lines().size(); i++) {
      Line line = data.lines().get(i);
      dataset.addSeries(series(line));
      renderer.setSeriesPaint(i, data.colours().colour(line.key()));
      renderer.setSeriesFillPaint(i, data.colours().colour(line.key()));
      renderer.setSeriesStroke(i, theme.lineStroke());
    }
    NumberAxis hours = theme.valueAxis("Hours since the first harmful request");
    hours.setRange(0, data.endHours() * (1 + LABEL_ROOM));
    int step = AxisRanges.hourStep(data.endHours(), 10);
    hours.setTickUnit(new NumberTickUnit(step));
    NumberAxis share = theme.shareAxis("Share " + TimeToCatchText.verb(data.kind()));
    XYPlot plot = new XYPlot(dataset, hours, share, renderer);
    theme.stylePlot(plot);
    // both axes start at zero: set them a little off the data so the "0" and "0%" at the shared
    // corner keep apart in any font
    plot.setAxisOffset(new RectangleInsets(0, 8, 8, 0));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(theme.gridStroke());
    if (options.referenceHours() > 0 && options.referenceHours() < data.endHours()) {
      plot.addDomainMarker(reference(theme, options.referenceHours()), Layer.BACKGROUND);
    }
    annotatePlateaus(plot, theme, data);
    ChartText text =
        new ChartText(
            TimeToCatchText.title(data.kind(), data.grouping() == Grouping.ELECTION),
            TimeToCatchText.subtitle(data.caption()),
            data.caption());
    return theme.chart(text, plot, true);
  }

  private static YIntervalSeries series(Line line) {
    YIntervalSeries series = new YIntervalSeries(line.label(), false, true);
    double[] h = line.curve().hours();
    double[] s = line.curve().share();
    double[] lo = line.curve().low();
    double[] hi = line.curve().high();
    for (int i = 0; i < h.length; i++) {
      series.add(h[i], s[i], lo[i], hi[i]);
    }
    return series;
  }

  private static void annotatePlateaus(XYPlot plot, BriefingTheme theme, Data data) {
    int n = data.lines().size();
    double[] wanted = new double[n];
    for (int i = 0; i < n; i++) {
      wanted[i] = data.lines().get(i).curve().valueAt(data.endHours());
    }
    double[] placed = LabelSpread.spread(wanted, 0.055, 0.03, 0.97);
    for (int i = 0; i < n; i++) {
      Line line = data.lines().get(i);
      String text = TimeToCatchText.percent(line.neverReached()) + " never";
      XYTextAnnotation label = new XYTextAnnotation(text, data.endHours() * 1.012, placed[i]);
      label.setFont(theme.emphasisFont());
      label.setPaint(data.colours().colour(line.key()));
      label.setTextAnchor(TextAnchor.CENTER_LEFT);
      plot.addAnnotation(label);
    }
  }

  private static ValueMarker reference(BriefingTheme theme, double hours) {
    ValueMarker marker = new ValueMarker(hours, Palette.MUTED, theme.dashedStroke());
    marker.setLabel(String.format(Locale.ROOT, "%.0f h", hours));
    marker.setLabelFont(theme.tickFont());
    marker.setLabelPaint(Palette.MUTED);
    marker.setLabelBackgroundColor(new Color(0, true));
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    return marker;
  }
}
