package org.precinct.charts.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one rule by which every label of a line or window on a chart finds its place: in a band of
 * rows above the data, each label touching its anchor (left of the line when it fits, else right),
 * never overlapping another label, never past the plot's edges, and never shortened. Labels are
 * placed in the order given (most important first); each takes the topmost row where one of its two
 * sides is free, so the band is as shallow as the labels allow; a side that would have to be pushed
 * across its own line to stay in the band is used only when neither side fits whole.
 */
public final class LabelBand {

  private LabelBand() {}

  /**
   * A label to place.
   *
   * @param anchor where its line or window edge is, in pixels from the plot's left
   * @param width the label's width in pixels
   * @param preferRight whether the label reads best right of its anchor (a window's start)
   */
  public record Request(double anchor, double width, boolean preferRight) {
    /** Validates the request. */
    public Request {
      if (!(width >= 0) || !Double.isFinite(anchor)) {
        throw new IllegalArgumentException("a label needs a finite anchor and a width >= 0");
      }
    }
  }

  /**
   * Where a label went.
   *
   * @param left the label's left edge in pixels
   * @param row its row, 0 at the top
   */
  public record Placement(double left, int row) {}

  /**
   * The placed labels and how many rows they use.
   *
   * @param placements one per request, in the order of the requests
   * @param rows the rows used (0 when there are no labels)
   */
  public record Layout(List<Placement> placements, int rows) {
    /** Copies the placements. */
    public Layout {
      placements = List.copyOf(placements);
    }
  }

  /**
   * Places the labels between {@code left} and {@code right}, {@code pad} pixels from their anchor
   * and at least {@code gap} pixels from each other in a row.
   */
  public static Layout place(
      List<Request> requests, double left, double right, double pad, double gap) {
    Objects.requireNonNull(requests, "requests");
    if (!(right > left)) {
      throw new IllegalArgumentException("the band needs right > left, was " + left + ", " + right);
    }
    List<List<double[]>> taken = new ArrayList<>();
    List<Placement> placements = new ArrayList<>();
    for (Request request : requests) {
      double[][] sides = sides(request, left, right, pad);
      Placement placement = null;
      for (int row = 0; placement == null; row++) {
        if (row == taken.size()) {
          taken.add(new ArrayList<>());
        }
        for (double[] side : sides) {
          if (free(taken.get(row), side, gap)) {
            taken.get(row).add(side);
            placement = new Placement(side[0], row);
            break;
          }
        }
      }
      placements.add(placement);
    }
    return new Layout(placements, taken.size());
  }

  /**
   * Returns the label's two candidate spans, preferred side first, each shifted inside the band.
   */
  static double[][] sides(Request request, double left, double right, double pad) {
    double w = Math.min(request.width(), right - left);
    double[] before = inside(request.anchor() - pad - w, w, left, right);
    double[] after = inside(request.anchor() + pad, w, left, right);
    boolean beforeWhole = request.anchor() - pad - w >= left;
    boolean afterWhole = request.anchor() + pad + w <= right;
    boolean rightFirst = request.preferRight() || !beforeWhole;
    double[][] both = rightFirst ? new double[][] {after, before} : new double[][] {before, after};
    // a side pushed inside the band would run across its own line: use it only when neither side
    // fits whole, and otherwise rather open a new row
    if (beforeWhole && afterWhole) {
      return both;
    }
    if (beforeWhole) {
      return new double[][] {before};
    }
    if (afterWhole) {
      return new double[][] {after};
    }
    return both;
  }

  private static double[] inside(double from, double width, double left, double right) {
    double start = Math.max(left, Math.min(from, right - width));
    return new double[] {start, start + width};
  }

  private static boolean free(List<double[]> row, double[] span, double gap) {
    for (double[] other : row) {
      if (span[0] < other[1] + gap && other[0] < span[1] + gap) {
        return false;
      }
    }
    return true;
  }
}
