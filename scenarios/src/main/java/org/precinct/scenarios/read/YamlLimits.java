package org.precinct.scenarios.read;

/**
 * Bounds on what a scenario file may contain, chosen so hostile input fails in well under a second:
 * a real scenario is a few tens of kilobytes, a few levels deep and a few thousand tokens.
 *
 * @param maxBytes largest accepted file; also caps the parser's document and scalar length, which
 *     is what keeps the YAML scanner from going quadratic on one huge scalar
 * @param maxNestingDepth deepest accepted nesting of mappings and lists
 * @param maxTokens most parser tokens accepted in one file
 */
public record YamlLimits(int maxBytes, int maxNestingDepth, long maxTokens) {

  /**
   * The limits the loader uses: 1 MiB, 64 levels, 50,000 tokens (a large scenario has a few
   * thousand).
   */
  public static final YamlLimits DEFAULT = new YamlLimits(1 << 20, 64, 50_000);

  /** Validates that every bound is positive. */
  public YamlLimits {
    if (maxBytes <= 0 || maxNestingDepth <= 0 || maxTokens <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
