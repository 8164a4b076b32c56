package org.precinct.scenarios.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.precinct.scenarios.read.YamlPaths;

/** Maps every item of an optional YAML list with its path, keeping the items that mapped. */
final class Indexed {

  private Indexed() {}

  /** Each item mapped with its path {@code listPath[i]}; failed items (null) are left out. */
  static <T, R> List<R> map(List<T> items, String listPath, BiFunction<T, String, R> mapper) {
    List<R> mapped = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        mapped.add(mapper.apply(items.get(i), YamlPaths.index(listPath, i)));
      }
    }
    return mapped.stream().filter(Objects::nonNull).toList();
  }
}
