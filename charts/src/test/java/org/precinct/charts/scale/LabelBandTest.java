package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LabelBandTest {

  @Test
  void aLabelEndsJustLeftOfItsLine() {
    LabelBand.Layout layout =
        LabelBand.place(List.of(new LabelBand.Request(500, 100, false)), 0, 1000, 6, 10);
    assertThat(layout.placements().get(0).left()).isCloseTo(394, offset(1e-9));
    assertThat(layout.rows()).isEqualTo(1);
  }

  @Test
  void aLabelWithNoRoomLeftOfItsLineStartsRightOfIt() {
    LabelBand.Layout layout =
        LabelBand.place(List.of(new LabelBand.Request(50, 100, false)), 0, 1000, 6, 10);
    assertThat(layout.placements().get(0).left()).isCloseTo(56, offset(1e-9));
  }

  @Test
  void aSecondLabelAtTheSameLineTakesItsOtherSideBeforeANewRow() {
    LabelBand.Layout layout =
        LabelBand.place(
            List.of(new LabelBand.Request(500, 100, false), new LabelBand.Request(505, 100, false)),
            0,
            1000,
            6,
            10);
    assertThat(layout.placements().get(1)).isEqualTo(new LabelBand.Placement(511, 0));
    assertThat(layout.rows()).isEqualTo(1);
  }

  @Test
  void labelsThatFitNowhereInARowAreStackedAndNeverOverlap() {
    List<LabelBand.Request> requests =
        List.of(
            new LabelBand.Request(300, 250, false),
            new LabelBand.Request(320, 250, false),
            new LabelBand.Request(340, 250, false));
    LabelBand.Layout layout = LabelBand.place(requests, 0, 1000, 6, 10);
    assertThat(layout.rows()).isEqualTo(2);
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        LabelBand.Placement a = layout.placements().get(i);
        LabelBand.Placement b = layout.placements().get(j);
        boolean apart = a.left() + 250 + 10 <= b.left() || b.left() + 250 + 10 <= a.left();
        assertThat(a.row() != b.row() || apart).isTrue();
      }
    }
  }

  @Test
  void aLabelNearTheRightEdgeGoesLeftOfItsAnchorRatherThanAcrossIt() {
    LabelBand.Layout layout =
        LabelBand.place(List.of(new LabelBand.Request(990, 300, true)), 0, 1000, 6, 10);
    assertThat(layout.placements().get(0).left()).isCloseTo(684, offset(1e-9));
  }

  @Test
  void aLabelThatFitsWholeOnNeitherSideIsShiftedInsideRatherThanCut() {
    LabelBand.Layout layout =
        LabelBand.place(List.of(new LabelBand.Request(500, 900, true)), 0, 1000, 6, 10);
    assertThat(layout.placements().get(0).left()).isCloseTo(100, offset(1e-9));
  }

  @Test
  void aLabelOpensANewRowRatherThanRunAcrossItsLine() {
    LabelBand.Layout layout =
        LabelBand.place(
            List.of(new LabelBand.Request(500, 300, false), new LabelBand.Request(800, 300, false)),
            0,
            1000,
            6,
            10);
    assertThat(layout.placements().get(1).left()).isCloseTo(494, offset(1e-9));
    assertThat(layout.placements().get(1).row()).isEqualTo(1);
  }

  @Test
  void noLabelsNeedNoRows() {
    assertThat(LabelBand.place(List.of(), 0, 100, 6, 10).rows()).isZero();
  }
}
