package org.precinct.charts.theme;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * The headline row of a chart: spans the chart's width with the title at the left and the handling
 * marking at the right edge (JFreeChart's own arrangements size a row to its content).
 */
final class HeadlineRow extends BlockContainer {

  private static final long serialVersionUID = 1L;

  HeadlineRow() {
    super(new BorderArrangement());
  }

  @Override
  public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
    double width =
        constraint.getWidthConstraintType() == LengthConstraintType.NONE
            ? BriefingTheme.DESIGN_WIDTH
            : constraint.getWidth();
    RectangleConstraint natural =
        new RectangleConstraint(new Range(0, width), new Range(0, Double.MAX_VALUE));
    double height = 0;
    List<?> blocks = getBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = (Block) blocks.get(i);
      Size2D size = block.arrange(g2, natural);
      double x = i == 0 ? 0 : width - size.getWidth();
      block.setBounds(new Rectangle2D.Double(x, 0, size.getWidth(), size.getHeight()));
      height = Math.max(height, size.getHeight());
    }
    return new Size2D(width, height);
  }
}
