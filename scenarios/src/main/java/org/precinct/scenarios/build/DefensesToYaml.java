package org.precinct.scenarios.build;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.RefusalSpec;
import org.precinct.scenarios.format.Category;
import org.precinct.scenarios.format.DefensesYaml;
import org.precinct.scenarios.format.DurationValue;

/** Writes the defenses back, each section explicit (an off defense keeps its settings). */
final class DefensesToYaml {

  private DefensesToYaml() {}

  static DefensesYaml defenses(DefensesSpec d) {
    List<DefensesYaml.ClassifierYaml> classifiers =
        d.classifiers().collect(DefensesToYaml::classifier).castToList();
    return new DefensesYaml(
        refusal(d.refusal()),
        new DefensesYaml.PromptModificationYaml(
            d.promptModification().enabled(), d.promptModification().harmReduction()),
        classifiers,
        new DefensesYaml.FlaggingYaml(
            d.flagging().flagsToOpenCase(), DurationValue.ofMillis(d.flagging().windowTicks())),
        new DefensesYaml.CoordinationYaml(
            d.coordination().enabled(),
            DurationValue.ofMillis(d.coordination().periodTicks()),
            d.coordination().baseRecall(),
            d.coordination().recallPerLinkedAccount()),
        new DefensesYaml.AuditYaml(
            d.audit().enabled(),
            DurationValue.ofMillis(d.audit().periodTicks()),
            d.audit().sampleShare(),
            d.audit().detectionProbability(),
            d.audit().benignCustomers() == 0 ? null : d.audit().benignCustomers()),
        new DefensesYaml.RedirectYaml(
            d.redirect().enabled(),
            d.redirect().share(),
            d.redirect().takeUp() == 1.0 ? null : d.redirect().takeUp()));
  }

  private static DefensesYaml.RefusalYaml refusal(RefusalSpec r) {
    Map<Category, Double> values = new EnumMap<>(Category.class);
    r.refusalProbability()
        .forEachKeyValue((category, p) -> values.put(EnumMapping.category(category), p));
    return new DefensesYaml.RefusalYaml(r.enabled(), CategoryFields.shares(values));
  }

  private static DefensesYaml.ClassifierYaml classifier(ClassifierSpec c) {
    List<Category> categories = c.categories().toSortedList().collect(EnumMapping::category);
    return new DefensesYaml.ClassifierYaml(
        c.id(),
        c.enabled(),
        categories,
        c.auc(),
        c.recall(),
        ChangeToYaml.hours(c.latency()),
        c.recallDriftPerWeek() == 0 ? null : c.recallDriftPerWeek(),
        c.redTeam().everyDays() == 0 && c.redTeam().costPerExercise() == 0
            ? null
            : new DefensesYaml.RedTeamYaml(
                DurationValue.ofHours(c.redTeam().everyDays() * 24),
                DurationValue.ofMillis(c.redTeam().leadTimeTicks()),
                c.redTeam().costPerExercise()));
  }
}
