package org.precinct.charts.theme;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The colour rule shared by every chart: a key (a policy category, a variant) keeps one colour
 * wherever it appears, the first {@link Palette#SERIES} keys of a canonical order take the palette
 * slots, and every key after them is grey and is shown as {@value #OTHER}.
 *
 * <p>The canonical order is fixed by the caller once, not per chart: policy categories in their
 * declaration order, variants in the order the experiment lists them (baseline first), ranked
 * entries by rank. A chart that shows only some keys still colours them by their slot in the full
 * order, which is what keeps a category's colour the same in every chart of a briefing.
 */
public final class SeriesColours {

  /** The label of the grey bucket holding every key beyond the palette. */
  public static final String OTHER = "other";

  private final Map<String, Color> colours;
  private final List<Color> slots;

  private SeriesColours(Map<String, Color> colours, List<Color> slots) {
    this.colours = colours;
    this.slots = slots;
  }

  /** Assigns palette slots to the keys in the given canonical order. */
  public static SeriesColours of(List<String> canonicalOrder) {
    return assign(canonicalOrder, Palette.SERIES);
  }

  /**
   * Assigns the twelve {@link Palette#EXTENDED} slots to the keys in the given order: for mixes and
   * interventions, which every chart labels by name, so a report of up to twelve keeps each in one
   * colour of its own across its ranking and frontier charts.
   */
  public static SeriesColours extended(List<String> canonicalOrder) {
    return assign(canonicalOrder, Palette.EXTENDED);
  }

  private static SeriesColours assign(List<String> canonicalOrder, List<Color> slots) {
    Map<String, Color> colours = new LinkedHashMap<>();
    for (String key : canonicalOrder) {
      if (colours.size() == slots.size()) {
        break;
      }
      colours.putIfAbsent(key, slots.get(colours.size()));
    }
    return new SeriesColours(Map.copyOf(colours), slots);
  }

  /** Returns the key's colour, or the "other" grey when the key is beyond the palette. */
  public Color colour(String key) {
    return colours.getOrDefault(key, Palette.OTHER);
  }

  /** Tells whether the key has a palette colour of its own. */
  public boolean hasOwnColour(String key) {
    return colours.containsKey(key);
  }

  /** Returns the key a series is shown under: itself, or {@value #OTHER}. */
  public String displayKey(String key) {
    return hasOwnColour(key) ? key : OTHER;
  }

  /**
   * Folds values keyed in canonical order into the keys that own a colour plus one trailing {@value
   * #OTHER} entry summing the rest (absent when nothing was folded).
   */
  public Map<String, Double> foldOthers(Map<String, Double> values) {
    Map<String, Double> folded = new LinkedHashMap<>();
    double other = 0;
    boolean anyOther = false;
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      if (hasOwnColour(entry.getKey())) {
        folded.merge(entry.getKey(), entry.getValue(), Double::sum);
      } else {
        other += entry.getValue();
        anyOther = true;
      }
    }
    if (anyOther) {
      folded.put(OTHER, other);
    }
    return folded;
  }

  /** Returns the keys that own a colour, in slot order. */
  public List<String> ownKeys() {
    List<String> keys = new ArrayList<>(colours.keySet());
    keys.sort((a, b) -> Integer.compare(slot(a), slot(b)));
    return List.copyOf(keys);
  }

  private int slot(String key) {
    return slots.indexOf(colours.get(key));
  }
}
