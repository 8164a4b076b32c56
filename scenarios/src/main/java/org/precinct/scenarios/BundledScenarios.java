package org.precinct.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The scenario library shipped in the jar (plain YAML files a user can read and copy), listed by
 * the index file beside them so the list works from a jar as well as from a directory.
 */
public final class BundledScenarios {

  /** The classpath folder of the library. */
  public static final String FOLDER = "org/precinct/scenarios/library/";

  /** The id of the default scenario. */
  public static final String DEFAULT_ID = "us-2024-general";

  private BundledScenarios() {}

  /** Every bundled scenario, in index order. */
  public static List<BundledScenario> list() {
    return read(FOLDER + "index.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(file -> new BundledScenario(file.replaceFirst("\\.yaml$", ""), file))
        .toList();
  }

  /** The bundled scenario with this id, if there is one. */
  public static Optional<BundledScenario> find(String id) {
    return list().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Loads a bundled scenario; a bundled file with problems is a bug, so it throws. */
  public static ScenarioSpec load(String id) {
    BundledScenario scenario =
        find(id)
            .orElseThrow(
                () -> new IllegalArgumentException("no bundled scenario '" + id + "'; see list()"));
    return ScenarioLoader.load(scenario.fileName(), scenario.bytes()).orThrow();
  }

  /** The YAML text of a bundled scenario, for `precinct init --from` and for reading. */
  public static String text(String id) {
    return find(id)
        .map(BundledScenario::text)
        .orElseThrow(() -> new IllegalArgumentException("no bundled scenario '" + id + "'"));
  }

  static String read(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String resource) {
    try (InputStream in = BundledScenarios.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One bundled scenario.
   *
   * @param id the scenario id, which is also its file name without ".yaml"
   * @param fileName the file name inside the library folder
   */
  public record BundledScenario(String id, String fileName) {

    /** The file's bytes. */
    public byte[] bytes() {
      return BundledScenarios.bytes(FOLDER + fileName);
    }

    /** The file's text. */
    public String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Loads the scenario, collecting problems instead of throwing. */
    public LoadResult load() {
      return ScenarioLoader.load(fileName, bytes());
    }
  }
}
