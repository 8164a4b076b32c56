package org.precinct.scenarios.build;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.precinct.engine.spec.TargetKind;
import org.precinct.scenarios.format.ChannelType;
import org.precinct.scenarios.format.DefensesYaml;
import org.precinct.scenarios.format.ExerciseYaml;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * The ids a scenario declares, by kind, collected before anything is mapped so that every reference
 * (a campaign's channel, an inject's queue, a parameter path's target) can be checked; each id is
 * checked for syntax and uniqueness on the way.
 */
record ScenarioIds(
    Set<String> channels,
    Set<String> campaigns,
    Set<String> queues,
    Set<String> classifiers,
    Set<String> benign,
    Set<String> modules,
    Set<String> partnerChannels,
    Set<String> sides) {

  /** The ids a target of {@code kind} may name. */
  Set<String> of(TargetKind kind) {
    return switch (kind) {
      case CLASSIFIER -> classifiers;
      case QUEUE -> queues;
      case CHANNEL -> partnerChannels;
      case CAMPAIGN -> campaigns;
      case CATEGORY -> ParameterPaths.categoryWords();
      case BENIGN_STREAM -> benign;
      case NONE -> Set.of();
    };
  }

  static ScenarioIds collect(ScenarioYaml scenario, Checks checks) {
    DefensesYaml defenses = scenario.defenses();
    ExerciseYaml exercise = scenario.exercise();
    ScenarioIds ids =
        new ScenarioIds(
            declared(scenario.channels(), c -> c.id(), "channels", "channel", checks),
            declared(scenario.campaigns(), c -> c.id(), "campaigns", "campaign", checks),
            declared(scenario.queues(), q -> q.id(), "queues", "queue", checks),
            declared(
                defenses == null ? null : defenses.classifiers(),
                c -> c.id(),
                "defenses.classifiers",
                "classifier",
                checks),
            declared(scenario.benign(), b -> b.id(), "benign", "benign stream", checks),
            declared(
                exercise == null ? null : exercise.modules(),
                m -> m.id(),
                "exercise.modules",
                "module",
                checks),
            partnerChannels(scenario),
            declared(
                scenario.voters() == null ? null : scenario.voters().sides(),
                s -> s.id(),
                "voters.sides",
                "side",
                checks));
    declared(scenario.injects(), i -> i.id(), "injects", "inject", checks);
    declared(scenario.interventions(), i -> i.id(), "interventions", "intervention", checks);
    declared(scenario.decisionPoints(), d -> d.id(), "decision-points", "decision point", checks);
    if (exercise != null) {
      declared(exercise.objectives(), o -> o.id(), "exercise.objectives", "objective", checks);
    }
    return ids;
  }

  private static Set<String> partnerChannels(ScenarioYaml scenario) {
    Set<String> partners = new LinkedHashSet<>();
    if (scenario.channels() != null) {
      scenario.channels().stream()
          .filter(c -> c.kind() == ChannelType.PARTNER_PLATFORM)
          .forEach(c -> partners.add(c.id()));
    }
    return partners;
  }

  private static <T> Set<String> declared(
      List<T> items, Function<T, String> id, String path, String kind, Checks checks) {
    Set<String> seen = new LinkedHashSet<>();
    if (items == null) {
      return seen;
    }
    for (int i = 0; i < items.size(); i++) {
      String idPath = YamlPaths.key(YamlPaths.index(path, i), "id");
      String value = checks.id(id.apply(items.get(i)), idPath);
      checks.unique(value, seen, kind, idPath);
    }
    return seen;
  }
}
