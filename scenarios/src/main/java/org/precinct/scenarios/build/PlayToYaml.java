package org.precinct.scenarios.build;

import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.DeliverySpec;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.UncertainParameterSpec;
import org.precinct.scenarios.format.DecisionPointYaml;
import org.precinct.scenarios.format.DeliveryYaml;
import org.precinct.scenarios.format.ExerciseYaml;
import org.precinct.scenarios.format.HarmWeightYaml;
import org.precinct.scenarios.format.InjectYaml;
import org.precinct.scenarios.format.InterventionYaml;
import org.precinct.scenarios.format.TimePoint;
import org.precinct.scenarios.format.UncertaintyYaml;

/** Writes back the parts experiments and exercises play with: injects, interventions, decisions. */
final class PlayToYaml {

  private final ChangeToYaml changes;

  PlayToYaml(ChangeToYaml changes) {
    this.changes = changes;
  }

  List<HarmWeightYaml> harmWeighting(HarmWeightingSpec h) {
    return orNull(
        h.points()
            .collect(p -> new HarmWeightYaml(TimePoint.electionDay(p.daysRelative()), p.weight())));
  }

  List<InjectYaml> injects(ImmutableList<InjectSpec> injects) {
    return orNull(
        injects.collect(
            i ->
                new InjectYaml(
                    i.id(),
                    i.isTriggered() && i.atTicks() == 0 ? null : changes.at(i.atTicks()),
                    i.title(),
                    SpecToYaml.blank(i.narrative()),
                    orNull(changes.changes(i.changes())),
                    SpecToYaml.blank(i.expectedOutcome()),
                    orNull(i.learningPoints()),
                    orNull(i.discussionQuestions()),
                    SpecToYaml.blank(i.moduleId()),
                    delivery(i.delivery()),
                    TriggerToYaml.when(i.trigger()),
                    TriggerToYaml.fires(i.trigger()),
                    TriggerToYaml.cooldown(i.trigger()))));
  }

  private static DeliveryYaml delivery(DeliverySpec d) {
    return d.isEmpty()
        ? null
        : new DeliveryYaml(
            SpecToYaml.blank(d.from()),
            SpecToYaml.blank(d.to()),
            SpecToYaml.blank(d.method()),
            SpecToYaml.blank(d.controller()));
  }

  List<InterventionYaml> interventions(ImmutableList<InterventionSpec> interventions) {
    return orNull(
        interventions.collect(
            i ->
                new InterventionYaml(
                    i.id(),
                    i.label(),
                    SpecToYaml.blank(i.description()),
                    i.defaultOn(),
                    i.costPerDay(),
                    changes.changes(i.changes()))));
  }

  List<DecisionPointYaml> decisionPoints(ImmutableList<DecisionPointSpec> points) {
    return orNull(
        points.collect(
            d ->
                new DecisionPointYaml(
                    d.id(),
                    d.isTriggered() && d.atTicks() == 0 ? null : changes.at(d.atTicks()),
                    d.question(),
                    d.options()
                        .collect(
                            o ->
                                new DecisionPointYaml.OptionYaml(
                                    o.id(),
                                    o.label(),
                                    SpecToYaml.blank(o.description()),
                                    o.costPerDay(),
                                    orNull(changes.changes(o.changes()))))
                        .castToList(),
                    TriggerToYaml.when(d.trigger()))));
  }

  ExerciseYaml exercise(ExerciseSpec e) {
    if (e.modules().isEmpty() && e.objectives().isEmpty()) {
      return null;
    }
    return new ExerciseYaml(
        orNull(
            e.modules()
                .collect(
                    m ->
                        new ExerciseYaml.ModuleYaml(
                            m.id(),
                            m.label(),
                            changes.at(m.fromTicks()),
                            changes.at(m.toTicks())))),
        orNull(
            e.objectives()
                .collect(
                    o ->
                        new ExerciseYaml.ObjectiveYaml(
                            o.id(),
                            o.label(),
                            o.metric(),
                            EnumMapping.comparison(o.comparison()),
                            o.target(),
                            SpecToYaml.blank(o.moduleId())))));
  }

  List<UncertaintyYaml> uncertainties(ImmutableList<UncertainParameterSpec> items) {
    return orNull(
        items.collect(
            u ->
                new UncertaintyYaml(
                    ParameterPaths.format(u.ref()),
                    null,
                    ChangeToYaml.plain(u.distribution()),
                    List.of(u.low(), u.high()))));
  }

  private static <T> List<T> orNull(ImmutableList<T> items) {
    return items.isEmpty() ? null : items.castToList();
  }

  private static <T> List<T> orNull(List<T> items) {
    return items.isEmpty() ? null : items;
  }
}
