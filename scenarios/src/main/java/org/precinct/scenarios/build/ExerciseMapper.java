package org.precinct.scenarios.build;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.DeliverySpec;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ModuleSpec;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.scenarios.format.DecisionPointYaml;
import org.precinct.scenarios.format.DeliveryYaml;
import org.precinct.scenarios.format.ExerciseYaml;
import org.precinct.scenarios.format.InjectYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps the tabletop parts: injects, decision points with two to five options, modules and
 * objectives, checking their times against the timeline and their module references.
 */
final class ExerciseMapper {

  static final int MIN_OPTIONS = 2;
  static final int MAX_OPTIONS = 5;

  private final Checks checks;
  private final TimeResolver time;
  private final ScenarioIds ids;
  private final ChangeMapper changes;
  private final TriggerMapper triggers;

  ExerciseMapper(Checks checks, TimeResolver time, ScenarioIds ids, ChangeMapper changes) {
    this.checks = checks;
    this.time = time;
    this.ids = ids;
    this.changes = changes;
    this.triggers = new TriggerMapper(checks, time, ids);
  }

  ImmutableList<InjectSpec> injects(List<InjectYaml> injects) {
    return Lists.immutable.withAll(Indexed.map(injects, "injects", this::inject));
  }

  private InjectSpec inject(InjectYaml i, String path) {
    int mark = checks.mark();
    if (i.at() == null && i.when() == null) {
      checks.report(
          path, "an inject needs 'at' or 'when'", "'at: E-3d 18:00' or a 'when' condition");
    }
    long at = time.at(i.at(), YamlPaths.key(path, "at"));
    var trigger = triggers.trigger(i.when(), i.fires(), i.cooldown(), path);
    var mapped = changes.list(i.changes(), YamlPaths.key(path, "changes"));
    checks.reference(i.module(), ids.modules(), "module", YamlPaths.key(path, "module"));
    return checks.build(
        path,
        mark,
        () ->
            new InjectSpec(
                i.id(),
                at,
                i.title(),
                checks.text(i.narrative()),
                mapped,
                checks.text(i.expectedOutcome()),
                strings(i.learningPoints()),
                strings(i.discussionQuestions()),
                i.module(),
                delivery(i.delivery()),
                trigger.get()));
  }

  private DeliverySpec delivery(DeliveryYaml d) {
    return d == null
        ? DeliverySpec.NONE
        : new DeliverySpec(
            checks.text(d.from()),
            checks.text(d.to()),
            checks.text(d.method()),
            checks.text(d.controller()));
  }

  ImmutableList<DecisionPointSpec> decisionPoints(List<DecisionPointYaml> points) {
    return Lists.immutable.withAll(Indexed.map(points, "decision-points", this::decisionPoint));
  }

  private DecisionPointSpec decisionPoint(DecisionPointYaml d, String path) {
    int mark = checks.mark();
    if (d.at() == null && d.when() == null) {
      checks.report(
          path, "a decision point needs 'at' or 'when'", "'at: E-3d 09:00' or a 'when' condition");
    }
    long at = time.at(d.at(), YamlPaths.key(path, "at"));
    var trigger = triggers.trigger(d.when(), null, null, path);
    String optionsPath = YamlPaths.key(path, "options");
    if (d.options().size() < MIN_OPTIONS || d.options().size() > MAX_OPTIONS) {
      checks.report(
          optionsPath,
          "a decision point has two to five options",
          MIN_OPTIONS + " to " + MAX_OPTIONS + " options, found " + d.options().size());
    }
    Set<String> seen = new HashSet<>();
    List<DecisionOptionSpec> options =
        Indexed.map(d.options(), optionsPath, (o, p) -> option(o, p, seen));
    return checks.build(
        path,
        mark,
        () ->
            new DecisionPointSpec(
                d.id(), at, d.question(), Lists.immutable.withAll(options), trigger.get()));
  }

  private DecisionOptionSpec option(DecisionPointYaml.OptionYaml o, String path, Set<String> seen) {
    int mark = checks.mark();
    checks.unique(
        checks.id(o.id(), YamlPaths.key(path, "id")), seen, "option", YamlPaths.key(path, "id"));
    double cost = checks.nonNegative(o.costPerDay(), YamlPaths.key(path, "cost-per-day"), 0);
    var mapped = changes.list(o.changes(), YamlPaths.key(path, "changes"));
    return checks.build(
        path,
        mark,
        () ->
            new DecisionOptionSpec(o.id(), o.label(), checks.text(o.description()), cost, mapped));
  }

  ExerciseSpec exercise(ExerciseYaml e) {
    if (e == null) {
      return ExerciseSpec.empty();
    }
    int mark = checks.mark();
    List<ModuleSpec> modules = Indexed.map(e.modules(), "exercise.modules", this::module);
    List<ObjectiveSpec> objectives =
        Indexed.map(e.objectives(), "exercise.objectives", this::objective);
    return checks.build(
        "exercise",
        mark,
        () ->
            new ExerciseSpec(
                Lists.immutable.withAll(modules), Lists.immutable.withAll(objectives)));
  }

  private ModuleSpec module(ExerciseYaml.ModuleYaml m, String path) {
    int mark = checks.mark();
    long[] window = time.window(m.from(), m.to(), path);
    return checks.build(path, mark, () -> new ModuleSpec(m.id(), m.label(), window[0], window[1]));
  }

  private ObjectiveSpec objective(ExerciseYaml.ObjectiveYaml o, String path) {
    int mark = checks.mark();
    checks.id(o.metric(), YamlPaths.key(path, "metric"));
    checks.reference(o.module(), ids.modules(), "module", YamlPaths.key(path, "module"));
    return checks.build(
        path,
        mark,
        () ->
            new ObjectiveSpec(
                o.id(),
                o.label(),
                o.metric(),
                EnumMapping.comparison(o.comparison()),
                o.target(),
                o.module()));
  }

  static ImmutableList<String> strings(List<String> items) {
    return items == null ? Lists.immutable.empty() : Lists.immutable.withAll(items);
  }
}
