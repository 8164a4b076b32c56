package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Option;

/** Switches a scenario's named interventions on or off relative to its defaults (a mixin). */
public final class InterventionOptions {
  @Option(
      names = {"-w", "--with"},
      paramLabel = "INTERVENTION",
      split = ",",
      description = "Switch an intervention on (repeatable; `precinct show` lists them).")
  private List<String> with = new ArrayList<>();

  @Option(
      names = {"-W", "--without"},
      paramLabel = "INTERVENTION",
      split = ",",
      description = "Switch an intervention off (repeatable).")
  private List<String> without = new ArrayList<>();

  /** The scenario's default interventions with the requested ones switched on or off. */
  public InterventionSet apply(ScenarioSpec spec) {
    List<String> problems = new ArrayList<>();
    List<String> known = spec.interventions().collect(InterventionSpec::id).castToList();
    with.forEach(id -> check("--with", id, known, problems));
    without.forEach(id -> check("--without", id, known, problems));
    with.stream()
        .filter(without::contains)
        .distinct()
        .forEach(id -> problems.add("intervention '" + id + "' is both in --with and --without"));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    InterventionSet set = InterventionSet.defaults(spec);
    for (String id : with) {
      set = set.with(id);
    }
    for (String id : without) {
      set = set.without(id);
    }
    return set;
  }

  private static void check(String option, String id, List<String> known, List<String> problems) {
    if (known.contains(id)) {
      return;
    }
    String suggestion = NameSuggestions.didYouMean(id, known);
    String hint =
        !suggestion.isEmpty()
            ? suggestion
            : known.isEmpty() ? "; it defines none" : "; it has: " + String.join(", ", known);
    problems.add(option + ": the scenario has no intervention '" + id + "'" + hint);
  }
}
