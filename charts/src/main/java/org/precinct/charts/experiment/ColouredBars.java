package org.precinct.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.List;
import java.util.function.IntFunction;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Palette;

/**
 * Flat bars each in the colour of its own entry rather than its series, so a ranked list keeps each
 * entry's colour, plus interval whiskers drawn as lines from low to high (asymmetric intervals such
 * as bootstrap ones are drawn as they are).
 */
final class ColouredBars extends BarRenderer {

  private static final long serialVersionUID = 1L;

  private final transient IntFunction<Paint> paintOfColumn;

  ColouredBars(IntFunction<Paint> paintOfColumn) {
    this.paintOfColumn = paintOfColumn;
    setBarPainter(new StandardBarPainter());
    setShadowVisible(false);
    setDrawBarOutline(false);
    setMaximumBarWidth(0.1);
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    return paintOfColumn.apply(column);
  }

  /** Adds a whisker from each interval's low to its high at its category. */
  static void whiskers(CategoryPlot plot, List<Interval> intervals) {
    BasicStroke stroke = new BasicStroke(3f);
    for (Interval entry : intervals) {
      plot.addAnnotation(
          new CategoryLineAnnotation(
              entry.label(), entry.low(), entry.label(), entry.high(), Palette.INK, stroke));
    }
  }
}
