package org.precinct.scenarios;

import java.util.List;
import java.util.Optional;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.problem.Problem;

/**
 * The outcome of loading a scenario: a validated spec, or every problem found, never both; the CLI
 * prints the problems and exits with "invalid input".
 *
 * @param file the file name the problems refer to
 * @param loaded the spec, or {@code null} when there are problems
 * @param problems every problem found, empty when the spec loaded
 */
public record LoadResult(String file, ScenarioSpec loaded, List<Problem> problems) {

  /** Validates that exactly one of spec and problems is present. */
  public LoadResult {
    problems = List.copyOf(problems);
    if ((loaded == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a load result has a spec or problems, not both");
    }
  }

  /** A successful load. */
  static LoadResult of(String file, ScenarioSpec spec) {
    return new LoadResult(file, spec, List.of());
  }

  /** A failed load. */
  static LoadResult rejected(String file, List<Problem> problems) {
    return new LoadResult(file, null, problems);
  }

  /** Whether the scenario loaded. */
  public boolean isLoaded() {
    return loaded != null;
  }

  /** The spec, if the scenario loaded. */
  public Optional<ScenarioSpec> spec() {
    return Optional.ofNullable(loaded);
  }

  /** The spec, or a {@link ScenarioException} carrying every problem. */
  public ScenarioSpec orThrow() {
    if (loaded == null) {
      throw new ScenarioException(file, problems);
    }
    return loaded;
  }

  /** Every problem rendered on its own line, as the CLI prints them. */
  public String report() {
    return String.join("\n", problems.stream().map(Problem::render).toList());
  }
}
