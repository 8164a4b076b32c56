package org.precinct.scenarios.read;

/** Builds YAML paths in the form planners read them: {@code campaigns[2].accounts.initial}. */
public final class YamlPaths {

  private YamlPaths() {}

  /** The path of {@code key} inside the mapping at {@code parent}. */
  public static String key(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of item {@code index} (0-based) of the list at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
