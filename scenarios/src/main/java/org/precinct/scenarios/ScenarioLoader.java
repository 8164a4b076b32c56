package org.precinct.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.build.SpecMapper;
import org.precinct.scenarios.problem.Problem;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.SourcePosition;
import org.precinct.scenarios.read.ScenarioReader;
import org.precinct.scenarios.read.YamlLimits;

/**
 * Loads a scenario file: hardened YAML parsing, binding to the format, semantic validation and
 * mapping to an {@code engine.spec.ScenarioSpec}, collecting every problem on the way.
 */
public final class ScenarioLoader {

  private ScenarioLoader() {}

  /** Loads {@code content}, reporting problems against {@code fileName}. */
  public static LoadResult load(String fileName, byte[] content) {
    Problems problems = new Problems(fileName);
    Optional<ScenarioSpec> spec =
        new ScenarioReader(YamlLimits.DEFAULT)
            .read(content, problems)
            .flatMap(document -> SpecMapper.toSpec(document.scenario(), problems));
    if (spec.isPresent() && problems.isEmpty()) {
      return LoadResult.of(fileName, spec.get());
    }
    return LoadResult.rejected(
        fileName, problems.isEmpty() ? unexplained(fileName) : problems.list());
  }

  /** Loads a file, refusing one over the size limit without reading it. */
  public static LoadResult load(Path path) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > YamlLimits.DEFAULT.maxBytes()) {
        return LoadResult.rejected(
            name,
            List.of(
                new Problem(
                    name,
                    0,
                    0,
                    "",
                    "the file is too large to be a scenario",
                    size + " bytes",
                    "at most " + YamlLimits.DEFAULT.maxBytes() + " bytes")));
      }
      return load(name, Files.readAllBytes(path));
    } catch (IOException e) {
      return LoadResult.rejected(
          name,
          List.of(
              new Problem(name, 0, 0, "", "cannot read the file: " + e.getMessage(), null, null)));
    }
  }

  private static List<Problem> unexplained(String fileName) {
    SourcePosition unknown = SourcePosition.UNKNOWN;
    return List.of(
        new Problem(
            fileName,
            unknown.line(),
            unknown.column(),
            "",
            "the scenario could not be loaded",
            null,
            null));
  }
}
