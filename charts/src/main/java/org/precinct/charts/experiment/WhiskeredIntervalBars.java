package org.precinct.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.precinct.charts.theme.Palette;

/**
 * Interval bars (a tornado's) with a confidence whisker across each bar's outer end, drawn through
 * the middle of its own bar, so each end's uncertainty sits where the eye reads the value.
 */
final class WhiskeredIntervalBars extends IntervalBarRenderer {

  private static final long serialVersionUID = 1L;
  private static final BasicStroke STROKE = new BasicStroke(3f);

  private final double[][] tips;
  private final double[][] halfWidths;

  /** Bars whose series {@code s}, column {@code c} ends at {@code tips[s][c]} plus or minus. */
  WhiskeredIntervalBars(double[][] tips, double[][] halfWidths) {
    this.tips = tips.clone();
    this.halfWidths = halfWidths.clone();
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    double half = halfWidths[row][column];
    if (!(half > 0)) {
      return;
    }
    PlotOrientation orientation = plot.getOrientation();
    double across =
        calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column)
            + state.getBarWidth() / 2;
    RectangleEdge edge = plot.getRangeAxisEdge();
    double from = rangeAxis.valueToJava2D(tips[row][column] - half, dataArea, edge);
    double to = rangeAxis.valueToJava2D(tips[row][column] + half, dataArea, edge);
    g2.setPaint(Palette.INK);
    g2.setStroke(STROKE);
    g2.draw(
        orientation == PlotOrientation.HORIZONTAL
            ? new Line2D.Double(from, across, to, across)
            : new Line2D.Double(across, from, across, to));
  }
}
