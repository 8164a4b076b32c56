package org.precinct.charts.scale;

/**
 * Stacks horizontal labels into rows so none overlaps another in its row: each label, in the order
 * given (most important first), takes the first row where it clears every label already there by a
 * gap; when no row is free it goes to the row whose last label ends first.
 */
public final class LabelRows {

  private LabelRows() {}

  /** Returns the row of each label spanning {@code [from[i], to[i]]}, rows counted from 0. */
  public static int[] assign(double[] from, double[] to, double gap, int maxRows) {
    if (from.length != to.length) {
      throw new IllegalArgumentException("from and to differ in length");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
    }
    int[] rows = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      rows[i] = firstFreeRow(i, from, to, rows, gap, maxRows);
    }
    return rows;
  }

  private static int firstFreeRow(
      int i, double[] from, double[] to, int[] rows, double gap, int maxRows) {
    double[] rowEnd = new double[maxRows];
    java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    for (int row = 0; row < maxRows; row++) {
      boolean free = true;
      for (int j = 0; j < i; j++) {
        if (rows[j] == row) {
          rowEnd[row] = Math.max(rowEnd[row], to[j]);
          free &= to[j] + gap <= from[i] || from[j] - gap >= to[i];
        }
      }
      if (free) {
        return row;
      }
    }
    int best = 0;
    for (int row = 1; row < maxRows; row++) {
      if (rowEnd[row] < rowEnd[best]) {
        best = row;
      }
    }
    return best;
  }
}
