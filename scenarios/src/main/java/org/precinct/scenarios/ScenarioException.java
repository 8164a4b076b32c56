package org.precinct.scenarios;

import java.util.List;
import org.precinct.scenarios.problem.Problem;

/** Thrown when a scenario that must load (a bundled one, or one passed on) has problems. */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception listing every problem of {@code file}. */
  public ScenarioException(String file, List<Problem> problems) {
    super(message(file, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String file, List<Problem> problems) {
    String header =
        file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return header + "\n" + String.join("\n", problems.stream().map(Problem::render).toList());
  }
}
