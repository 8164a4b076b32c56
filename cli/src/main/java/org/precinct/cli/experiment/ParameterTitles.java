package org.precinct.cli.experiment;

import java.util.Locale;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * A parameter as a chart names it: words and the scenario's own labels ("Staff scale of Trust &
 * safety review") rather than the path typed on the command line (queues.trust-safety.staff-scale),
 * which the report's tables keep.
 */
final class ParameterTitles {

  private final ScenarioSpec scenario;

  ParameterTitles(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** The title of a reference, with its unit when that is not a plain share or factor. */
  String of(ParameterRef ref) {
    String[] parts = ParameterPathIndex.path(ref).split("\\.");
    String field = parts.length >= 3 ? parts[parts.length - 1] : "";
    String target = ref.targetId().isEmpty() ? "" : target(ref);
    String what;
    if (target.isEmpty()) {
      what = parts.length == 2 ? untargeted(parts[0], parts[1]) : words(ref.parameter().id());
    } else if (field.isEmpty()) {
      what = words(ref.parameter().id()) + " of " + target;
    } else {
      what = words(field) + " of " + target;
    }
    String unit = ref.parameter().unit();
    boolean plain = unit.equals("share") || unit.equals("factor");
    return capitalise(what) + (plain || what.contains(unit) ? "" : " (" + unit + ")");
  }

  private String target(ParameterRef ref) {
    String id = ref.targetId();
    return switch (ref.parameter().target()) {
      case QUEUE ->
          scenario.queues().detectOptional(q -> q.id().equals(id)).map(q -> q.label()).orElse(id);
      case CHANNEL ->
          scenario.channels().detectOptional(c -> c.id().equals(id)).map(c -> c.label()).orElse(id);
      case CAMPAIGN ->
          scenario
              .campaigns()
              .detectOptional(c -> c.id().equals(id))
              .map(c -> c.label())
              .orElse(id);
      case CATEGORY -> category(id);
      case CLASSIFIER -> words(id) + " classifier";
      case BENIGN_STREAM -> words(id) + " stream";
      case NONE -> "";
    };
  }

  /** "flags to open case" reads alone; "share" needs its section: "redirect share". */
  private static String untargeted(String section, String field) {
    String name = words(field);
    return name.split(" ").length >= 3 ? name : words(section) + " " + name;
  }

  private static String category(String id) {
    for (PolicyCategory c : PolicyCategory.values()) {
      if (c.id().equals(id)) {
        return c.label().toLowerCase(Locale.ROOT);
      }
    }
    return words(id);
  }

  private static String words(String kebab) {
    return kebab.replace('-', ' ').replace('_', ' ').strip();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
