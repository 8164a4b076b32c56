package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Checks the choices given in advance (--choose or a decisions file) against the scenario before
 * anything runs, so a typo fails at once with the valid ids instead of after minutes of forks.
 */
final class PresetChoices {
  private PresetChoices() {}

  /**
   * Throws an {@link InvalidInputException} listing every unknown decision or option.
   *
   * @param source where the choices came from, e.g. "--choose"
   */
  static void check(ScenarioSpec scenario, Map<String, String> choices, String source) {
    List<String> problems = new ArrayList<>();
    choices.forEach(
        (decision, option) -> {
          DecisionPointSpec d = scenario.decisionPoints().detect(p -> p.id().equals(decision));
          if (d == null) {
            problems.add(
                source
                    + ": the scenario has no decision point '"
                    + decision
                    + "'; it has: "
                    + ids(scenario));
          } else if (d.options().noneSatisfy(o -> o.id().equals(option))) {
            problems.add(
                source
                    + ": decision "
                    + decision
                    + " has no option '"
                    + option
                    + "'; its options: "
                    + d.options().collect(DecisionOptionSpec::id).makeString(", "));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String ids(ScenarioSpec scenario) {
    return scenario.decisionPoints().isEmpty()
        ? "none"
        : scenario.decisionPoints().collect(DecisionPointSpec::id).makeString(", ");
  }
}
