package org.precinct.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the text of a laid-out chart that a reader would see broken: a box that leaves the canvas,
 * one cut by the clip it was drawn under or shortened with an ellipsis, and boxes that run into
 * each other.
 */
final class TextFit {

  /** How far, in pixels, a box may touch past an edge or into another before it counts. */
  private final double tolerance;

  TextFit(double tolerance) {
    this.tolerance = tolerance;
  }

  /** Returns one line per problem, empty when every box is whole, inside and apart. */
  List<String> problems(List<TextBoxRecorder.TextBox> boxes, double width, double height) {
    List<String> problems = new ArrayList<>();
    Rectangle2D canvas = new Rectangle2D.Double(0, 0, width, height);
    for (int i = 0; i < boxes.size(); i++) {
      TextBoxRecorder.TextBox a = boxes.get(i);
      if (!inside(a.box(), canvas)) {
        problems.add("leaves the canvas: " + describe(a));
      }
      if (a.text().endsWith("...") || a.text().endsWith("\u2026")) {
        problems.add("shortened with an ellipsis: " + describe(a));
      }
      if (a.clip() != null && !inside(a.box(), a.clip())) {
        problems.add("cut by its clip " + rect(a.clip()) + ": " + describe(a));
      }
      for (int j = i + 1; j < boxes.size(); j++) {
        TextBoxRecorder.TextBox b = boxes.get(j);
        if (overlap(a.box(), b.box())) {
          problems.add("overlaps: " + describe(a) + " and " + describe(b));
        }
      }
    }
    return problems;
  }

  private boolean inside(Rectangle2D box, Rectangle2D area) {
    return box.getMinX() >= area.getMinX() - tolerance
        && box.getMinY() >= area.getMinY() - tolerance
        && box.getMaxX() <= area.getMaxX() + tolerance
        && box.getMaxY() <= area.getMaxY() + tolerance;
  }

  private boolean overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > tolerance && h > tolerance;
  }

  private static String describe(TextBoxRecorder.TextBox box) {
    return "'" + box.text() + "' " + rect(box.box());
  }

  private static String rect(Rectangle2D r) {
    return String.format(
        Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", r.getX(), r.getY(), r.getWidth(), r.getHeight());
  }
}
