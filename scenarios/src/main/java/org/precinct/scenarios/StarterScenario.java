package org.precinct.scenarios;

/**
 * The commented starter file `precinct init` writes: a small, valid scenario with the
 * yaml-language-server modeline, so an editor offers completion and hover help from the first key.
 */
public final class StarterScenario {

  /** Where the starter's modeline looks for the schema: a copy next to the scenario file. */
  public static final String DEFAULT_SCHEMA_LOCATION = "precinct-scenario.schema.json";

  private static final String TEMPLATE = "org/precinct/scenarios/starter.yaml";

  private StarterScenario() {}

  /** The starter with id {@code name}, pointing editors at a schema file next to it. */
  public static String text(String name) {
    return text(name, DEFAULT_SCHEMA_LOCATION);
  }

  /** The starter with id {@code name}, pointing editors at {@code schemaLocation} (path or URL). */
  public static String text(String name, String schemaLocation) {
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "a scenario id uses lower-case letters, digits and '-': " + name);
    }
    String body = BundledScenarios.read(TEMPLATE).replace("${id}", name);
    return modeline(schemaLocation) + "\n" + body.substring(body.indexOf('\n') + 1);
  }

  /** The first line that tells yaml-language-server where the schema is. */
  public static String modeline(String schemaLocation) {
    return "# yaml-language-server: $schema=" + schemaLocation;
  }
}
