package org.precinct.charts.scale;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places short point labels in a scatter so that none runs into another label or a marker: each
 * label tries eight positions around its point (right, left, above, below, then the diagonals) at
 * growing distances, takes the first that stays inside the plot and clear of everything placed, and
 * falls back to the position with the least overlap when the points are packed too tight.
 */
public final class LabelPlacer {

  private static final int RINGS = 4;
  private static final double[][] DIRECTIONS = {
    {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}
  };

  private LabelPlacer() {}

  /**
   * Returns one box per label (in the same pixel space as the inputs).
   *
   * @param anchors the labelled points, {x, y} in pixels
   * @param sizes each label's {width, height} in pixels
   * @param obstacles boxes no label may cover (markers, whiskers)
   * @param bounds the area labels must stay in
   * @param gap the distance from a point to its label's nearest edge
   */
  public static List<Rectangle2D> place(
      double[][] anchors,
      double[][] sizes,
      List<Rectangle2D> obstacles,
      Rectangle2D bounds,
      double gap) {
    List<Rectangle2D> taken = new ArrayList<>(obstacles);
    List<Rectangle2D> placed = new ArrayList<>();
    for (int i = 0; i < anchors.length; i++) {
      Rectangle2D best = null;
      double bestOverlap = Double.POSITIVE_INFINITY;
      for (int ring = 1; ring <= RINGS && bestOverlap > 0; ring++) {
        for (double[] d : DIRECTIONS) {
          Rectangle2D box = box(anchors[i], sizes[i], d, gap * ring);
          double overlap = overlap(box, taken) + outside(box, bounds);
          if (overlap < bestOverlap) {
            best = box;
            bestOverlap = overlap;
            if (overlap == 0) {
              break;
            }
          }
        }
      }
      placed.add(best);
      taken.add(best);
    }
    return placed;
  }

  private static Rectangle2D box(double[] at, double[] size, double[] d, double gap) {
    double w = size[0];
    double h = size[1];
    double x = d[0] > 0 ? at[0] + gap : d[0] < 0 ? at[0] - gap - w : at[0] - w / 2;
    double y = d[1] > 0 ? at[1] + gap : d[1] < 0 ? at[1] - gap - h : at[1] - h / 2;
    return new Rectangle2D.Double(x, y, w, h);
  }

  private static double overlap(Rectangle2D box, List<Rectangle2D> taken) {
    double total = 0;
    for (Rectangle2D t : taken) {
      Rectangle2D i = box.createIntersection(t);
      if (i.getWidth() > 0 && i.getHeight() > 0) {
        total += i.getWidth() * i.getHeight();
      }
    }
    return total;
  }

  private static double outside(Rectangle2D box, Rectangle2D bounds) {
    Rectangle2D inside = box.createIntersection(bounds);
    double kept =
        inside.getWidth() > 0 && inside.getHeight() > 0
            ? inside.getWidth() * inside.getHeight()
            : 0;
    return 10 * (box.getWidth() * box.getHeight() - kept);
  }
}
