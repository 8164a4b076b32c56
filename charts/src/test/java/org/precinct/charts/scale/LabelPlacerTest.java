package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LabelPlacerTest {

  @Test
  void labelsOfPointsCloserThanALabelStayApartAndOffTheMarkers() {
    double[][] anchors = {{100, 100}, {110, 102}, {120, 98}, {300, 300}};
    double[][] sizes = new double[anchors.length][];
    List<Rectangle2D> markers = new ArrayList<>();
    for (int i = 0; i < anchors.length; i++) {
      sizes[i] = new double[] {40, 24};
      markers.add(new Rectangle2D.Double(anchors[i][0] - 11, anchors[i][1] - 11, 22, 22));
    }
    Rectangle2D bounds = new Rectangle2D.Double(0, 0, 600, 400);

    List<Rectangle2D> boxes = LabelPlacer.place(anchors, sizes, markers, bounds, 14);

    for (int i = 0; i < boxes.size(); i++) {
      assertThat(bounds.contains(boxes.get(i))).isTrue();
      for (Rectangle2D marker : markers) {
        assertThat(boxes.get(i).intersects(marker)).isFalse();
      }
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j))).as(i + " and " + j).isFalse();
      }
    }
    assertThat(boxes.get(3).getMinX())
        .as("a lone point keeps its label on the right")
        .isEqualTo(314);
  }

  @Test
  void aLabelAtThePlotsRightEdgeGoesToTheLeft() {
    List<Rectangle2D> boxes =
        LabelPlacer.place(
            new double[][] {{590, 200}},
            new double[][] {{40, 24}},
            List.of(),
            new Rectangle2D.Double(0, 0, 600, 400),
            14);
    assertThat(boxes.get(0).getMaxX()).isEqualTo(576);
  }
}
