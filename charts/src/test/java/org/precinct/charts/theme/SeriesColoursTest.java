package org.precinct.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SeriesColoursTest {

  private final SeriesColours colours =
      SeriesColours.of(List.of("a", "b", "c", "d", "e", "f", "g", "h"));

  @Test
  void keysTakeThePaletteSlotsInCanonicalOrder() {
    assertThat(colours.colour("a")).isEqualTo(Palette.BLUE);
    assertThat(colours.colour("b")).isEqualTo(Palette.ORANGE);
    assertThat(colours.colour("f")).isEqualTo(Palette.SKY_BLUE);
  }

  @Test
  void keysBeyondThePaletteAreGreyAndShownAsOther() {
    assertThat(colours.colour("g")).isEqualTo(Palette.OTHER);
    assertThat(colours.hasOwnColour("h")).isFalse();
    assertThat(colours.displayKey("h")).isEqualTo(SeriesColours.OTHER);
    assertThat(colours.displayKey("a")).isEqualTo("a");
  }

  @Test
  void aKeyKeepsItsColourWhateverElseAChartShows() {
    assertThat(colours.colour("c")).isEqualTo(SeriesColours.of(List.of("a", "b", "c")).colour("c"));
  }

  @Test
  void duplicateKeysDoNotTakeASecondSlot() {
    SeriesColours dup = SeriesColours.of(List.of("a", "a", "b"));
    assertThat(dup.colour("b")).isEqualTo(Palette.ORANGE);
  }

  @Test
  void foldingSumsTheKeysBeyondThePaletteIntoOther() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("a", 1.0);
    values.put("g", 2.0);
    values.put("h", 3.0);
    assertThat(colours.foldOthers(values))
        .containsExactly(Map.entry("a", 1.0), Map.entry(SeriesColours.OTHER, 5.0));
  }

  @Test
  void ownKeysAreListedInSlotOrder() {
    assertThat(colours.ownKeys()).containsExactly("a", "b", "c", "d", "e", "f");
  }

  @Test
  void extendedColoursGiveSeventhToTwelfthKeysDistinctNonGreyColours() {
    List<String> keys = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
    SeriesColours extended = SeriesColours.extended(keys);
    assertThat(keys.subList(0, 12).stream().map(extended::colour).distinct()).hasSize(12);
    assertThat(extended.colour("g")).isNotEqualTo(Palette.OTHER);
    assertThat(extended.colour("m")).isEqualTo(Palette.OTHER);
    assertThat(extended.ownKeys()).hasSize(12);
  }

  @Test
  void aSharedOrderGivesAKeyTheSameColourInChartsShowingDifferentSubsets() {
    List<String> order = List.of("baseline", "mix-a", "mix-b");
    assertThat(SeriesColours.extended(order).colour("mix-a")).isEqualTo(Palette.ORANGE);
  }
}
