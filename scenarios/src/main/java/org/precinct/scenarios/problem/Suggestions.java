package org.precinct.scenarios.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the closest valid word for a misspelt key, enum value or id ("did you mean"), using the
 * optimal-string-alignment variant of the Damerau-Levenshtein distance.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String normal = normalise(word);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(normal, normalise(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= tolerance(normal)) {
      return Optional.of(best);
    }
    return completion(normal, candidates);
  }

  /**
   * The one candidate that starts with {@code word}, for abbreviations such as "election-misinfo".
   */
  private static Optional<String> completion(String word, Collection<String> candidates) {
    if (word.length() < 4) {
      return Optional.empty();
    }
    var completions = candidates.stream().filter(c -> normalise(c).startsWith(word)).toList();
    return completions.size() == 1 ? Optional.of(completions.get(0)) : Optional.empty();
  }

  /** " (did you mean 'x'?)" or the empty string, ready to append to a message. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  private static int tolerance(String word) {
    return Math.max(1, Math.min(3, word.length() / 3));
  }

  /** Compares keys the way a writer thinks of them: case, '_' and camel humps do not count. */
  static String normalise(String word) {
    String kebab = word.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-');
    return kebab.toLowerCase(Locale.ROOT);
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
