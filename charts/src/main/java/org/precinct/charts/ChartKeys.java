package org.precinct.charts;

import java.util.Arrays;
import java.util.List;
import org.precinct.charts.theme.SeriesColours;
import org.precinct.engine.spec.PolicyCategory;

/**
 * The canonical colour order of policy categories (their declaration order), so a category has the
 * same colour in every chart; the one place charts name the category enum.
 */
final class ChartKeys {

  private static final List<String> CATEGORY_IDS =
      Arrays.stream(PolicyCategory.values()).map(PolicyCategory::id).toList();
  private static final SeriesColours CATEGORY_COLOURS = SeriesColours.of(CATEGORY_IDS);

  private ChartKeys() {}

  /** Returns the category ids in declaration order. */
  static List<String> categoryIds() {
    return CATEGORY_IDS;
  }

  /** Returns the colours of the categories. */
  static SeriesColours categoryColours() {
    return CATEGORY_COLOURS;
  }

  /** Returns the label of a category id, or the id itself when it names no category. */
  static String categoryLabel(String id) {
    for (PolicyCategory category : PolicyCategory.values()) {
      if (category.id().equals(id)) {
        return category.label();
      }
    }
    return id;
  }
}
