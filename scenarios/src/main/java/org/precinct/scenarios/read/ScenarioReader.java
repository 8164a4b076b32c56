package org.precinct.scenarios.read;

import java.util.Optional;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.problem.Problems;

/**
 * Reads scenario bytes into the format records: hardened parsing, a format-version check, then
 * binding; positions of every path stay available for the checks that follow.
 */
public final class ScenarioReader {

  /** The format version this release reads. */
  public static final int FORMAT_VERSION = 1;

  private final HardenedYamlReader yaml;

  /** A reader enforcing {@code limits}. */
  public ScenarioReader(YamlLimits limits) {
    this.yaml = new HardenedYamlReader(limits);
  }

  /** The bound document, or empty after reporting every problem found. */
  public Optional<ReadDocument> read(byte[] content, Problems problems) {
    Optional<YamlNode.Mapping> root = yaml.read(content, problems);
    if (root.isEmpty() || problems.count() > 0) {
      return Optional.empty();
    }
    SourceIndex index = new SourceIndex(root.get());
    problems.locate(index);
    if (!supportedVersion(root.get(), problems)) {
      return Optional.empty();
    }
    return new TreeBinder(problems)
        .bind(root.get(), ScenarioYaml.class)
        .map(scenario -> new ReadDocument(scenario, index));
  }

  private static boolean supportedVersion(YamlNode.Mapping root, Problems problems) {
    YamlNode version = root.entries().get("version");
    if (version instanceof YamlNode.Scalar scalar
        && scalar.kind() == YamlNode.ScalarKind.NUMBER
        && scalar.text().matches("[0-9]{1,9}")
        && !scalar.text().equals(String.valueOf(FORMAT_VERSION))) {
      problems.at(
          scalar.position(),
          "version",
          "unsupported format version; this release reads version " + FORMAT_VERSION,
          scalar.describe(),
          String.valueOf(FORMAT_VERSION));
      return false;
    }
    return true;
  }

  /**
   * A bound scenario with the index of where each path was written.
   *
   * @param scenario the bound records
   * @param index positions by YAML path
   */
  public record ReadDocument(ScenarioYaml scenario, SourceIndex index) {}
}
