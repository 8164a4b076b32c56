package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.cli.experiment.ParameterPathIndex;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ScenarioVariant;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * Reads a mix from the command line, {@code NAME:ITEM,ITEM...}, relative to the baseline: {@code
 * +id} switches an intervention on, {@code -id} switches it off, and {@code path=value} sets a
 * parameter from the start of the run, e.g. {@code
 * fast:+faster-suspension,queues.*.staff-scale=1.5}.
 */
final class MixParser {

  private final ScenarioSpec scenario;
  private final ParameterPathIndex paths;
  private final List<String> known;

  /** A parser for mixes of {@code scenario}. */
  MixParser(ScenarioSpec scenario) {
    this.scenario = scenario;
    this.paths = new ParameterPathIndex(scenario);
    this.known = scenario.interventions().collect(InterventionSpec::id).castToList();
  }

  /** Parses one {@code --mix} value against {@code baseline}. */
  ScenarioVariant parse(String text, InterventionSet baseline) {
    int colon = text.indexOf(':');
    String name = colon < 0 ? "" : text.substring(0, colon).strip();
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new InvalidInputException(
          "--mix '"
              + text
              + "': start with a name of lowercase letters, digits and dashes, then"
              + " ':', e.g. fast:+faster-suspension,-two-flag-cases");
    }
    InterventionSet on = baseline;
    MutableList<ScheduledChange> changes = Lists.mutable.empty();
    List<String> labels = new ArrayList<>();
    for (String raw : text.substring(colon + 1).split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      labels.add(item);
      if (item.startsWith("+") || item.startsWith("-")) {
        String id = intervention(text, item.substring(1));
        on = item.startsWith("+") ? on.with(id) : on.without(id);
      } else {
        changes.add(ScheduledChange.atStart(setting(text, item)));
      }
    }
    if (labels.isEmpty()) {
      throw new InvalidInputException("--mix '" + text + "' changes nothing");
    }
    return new ScenarioVariant(
        name, name + " (" + String.join(", ", labels) + ")", on, changes.toImmutable());
  }

  private String intervention(String mix, String id) {
    if (!known.contains(id)) {
      throw new InvalidInputException(
          "--mix '"
              + mix
              + "': the scenario has no intervention '"
              + id
              + "'"
              + NameSuggestions.didYouMean(id, known)
              + "; it has: "
              + String.join(", ", known));
    }
    return id;
  }

  private Change setting(String mix, String item) {
    int equals = item.indexOf('=');
    if (equals < 0) {
      throw new InvalidInputException(
          "--mix '"
              + mix
              + "': '"
              + item
              + "' is neither +intervention, -intervention nor"
              + " path=value");
    }
    ParameterRef ref = parameter("--mix '" + mix + "'", item.substring(0, equals));
    double value = number("--mix '" + mix + "'", item.substring(equals + 1));
    return new Change.SetParameter(ref, checked("--mix '" + mix + "'", ref, value));
  }

  /** The reference of a parameter path, or an error naming the closest paths. */
  ParameterRef parameter(String option, String path) {
    ParameterRef ref = paths.find(path);
    if (ref == null) {
      throw new InvalidInputException(
          option
              + ": scenario '"
              + scenario.metadata().id()
              + "' has no parameter '"
              + path.strip()
              + "'"
              + NameSuggestions.didYouMean(path.strip(), paths.paths())
              + " (paths are written as in the scenario file, e.g. classifiers.<id>.recall)");
    }
    return ref;
  }

  static double number(String option, String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option + ": '" + text.strip() + "' is not a number");
    }
  }

  static double checked(String option, ParameterRef ref, double value) {
    if (!(value >= ref.parameter().min() && value <= ref.parameter().max())) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "%s: %s must be between %s and %s, got %s",
              option,
              ParameterPathIndex.path(ref),
              ref.parameter().min(),
              ref.parameter().max(),
              value));
    }
    return value;
  }
}
