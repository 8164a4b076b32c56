package org.precinct.cli.command;

import java.util.Collection;
import java.util.Comparator;

/** Suggests the closest known name to a misspelt one, by edit distance (Levenshtein 1966). */
final class NameSuggestions {
  private NameSuggestions() {}

  /** "; did you mean 'x'?" for the closest name within a third of its length, else "". */
  static String didYouMean(String wrong, Collection<String> known) {
    return known.stream()
        .filter(k -> distance(wrong, k) <= Math.max(2, k.length() / 3))
        .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
        .map(k -> "; did you mean '" + k + "'?")
        .orElse("");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
