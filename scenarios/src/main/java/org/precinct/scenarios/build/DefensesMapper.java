package org.precinct.scenarios.build;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.precinct.engine.spec.AuditSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.CoordinationSpec;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.FlaggingSpec;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.PromptModificationSpec;
import org.precinct.engine.spec.RedTeamSpec;
import org.precinct.engine.spec.RedirectSpec;
import org.precinct.engine.spec.RefusalSpec;
import org.precinct.scenarios.format.Category;
import org.precinct.scenarios.format.DefensesYaml;
import org.precinct.scenarios.format.YamlNames;
import org.precinct.scenarios.read.YamlPaths;

/** Maps the automated defenses; an omitted defense is off, with harmless placeholder settings. */
final class DefensesMapper {

  private static final long DAY_MILLIS = 86_400_000L;

  private final Checks checks;
  private final DistributionMapper distributions;

  DefensesMapper(Checks checks, DistributionMapper distributions) {
    this.checks = checks;
    this.distributions = distributions;
  }

  DefensesSpec defenses(DefensesYaml yaml) {
    DefensesYaml d =
        yaml == null ? new DefensesYaml(null, null, null, null, null, null, null) : yaml;
    String base = "defenses";
    int mark = checks.mark();
    RefusalSpec refusal = refusal(d.refusal(), YamlPaths.key(base, "refusal"));
    PromptModificationSpec prompt =
        promptModification(d.promptModification(), YamlPaths.key(base, "prompt-modification"));
    List<ClassifierSpec> classifiers =
        Indexed.map(d.classifiers(), YamlPaths.key(base, "classifiers"), this::classifier);
    FlaggingSpec flagging = flagging(d.flagging(), YamlPaths.key(base, "flagging"));
    CoordinationSpec coordination =
        coordination(d.coordination(), YamlPaths.key(base, "coordination"));
    AuditSpec audit = audit(d.audit(), YamlPaths.key(base, "audit"));
    RedirectSpec redirect = redirect(d.redirect(), YamlPaths.key(base, "redirect"));
    return checks.build(
        base,
        mark,
        () ->
            new DefensesSpec(
                refusal,
                prompt,
                Lists.immutable.withAll(classifiers),
                flagging,
                coordination,
                audit,
                redirect));
  }

  private RefusalSpec refusal(DefensesYaml.RefusalYaml r, String path) {
    if (r == null) {
      return new RefusalSpec(false, Maps.immutable.empty());
    }
    int mark = checks.mark();
    Map<PolicyCategory, Double> byCategory = new EnumMap<>(PolicyCategory.class);
    DefensesYaml.CategoryShares p = r.probability();
    Map<Category, Function<DefensesYaml.CategoryShares, Double>> fields = CategoryFields.FIELDS;
    fields.forEach(
        (category, field) -> {
          Double value = field.apply(p);
          if (value != null) {
            String at =
                YamlPaths.key(YamlPaths.key(path, "probability"), YamlNames.value(category));
            byCategory.put(EnumMapping.category(category), checks.fraction(value, at, 0));
          }
        });
    return checks.build(
        path,
        mark,
        () -> new RefusalSpec(enabled(r.enabled()), Maps.immutable.withAll(byCategory)));
  }

  private PromptModificationSpec promptModification(
      DefensesYaml.PromptModificationYaml p, String path) {
    if (p == null) {
      return new PromptModificationSpec(false, 0);
    }
    int mark = checks.mark();
    double reduction = checks.fraction(p.harmReduction(), YamlPaths.key(path, "harm-reduction"), 0);
    return checks.build(
        path, mark, () -> new PromptModificationSpec(enabled(p.enabled()), reduction));
  }

  private ClassifierSpec classifier(DefensesYaml.ClassifierYaml c, String path) {
    int mark = checks.mark();
    Set<PolicyCategory> categories = categories(c, path);
    double auc =
        checks.range(
            c.auc(),
            YamlPaths.key(path, "auc"),
            0.5,
            1,
            0.5,
            "an AUC from 0.5 (chance) to 1 (perfect)");
    double recall = checks.fraction(c.recall(), YamlPaths.key(path, "recall"), 0);
    DistributionSpec latency =
        c.latency() == null
            ? new DistributionSpec.Constant(0)
            : distributions.hours(c.latency(), YamlPaths.key(path, "latency"));
    double drift = checks.fraction(c.recallDrift(), YamlPaths.key(path, "recall-drift"), 0);
    RedTeamSpec redTeam = redTeam(c.redTeam(), YamlPaths.key(path, "red-team"));
    return checks.build(
        path,
        mark,
        () ->
            new ClassifierSpec(
                c.id(),
                enabled(c.enabled()),
                Sets.immutable.withAll(categories),
                auc,
                recall,
                latency,
                drift,
                redTeam));
  }

  private RedTeamSpec redTeam(DefensesYaml.RedTeamYaml r, String path) {
    if (r == null) {
      return RedTeamSpec.none();
    }
    int mark = checks.mark();
    double cost = checks.nonNegative(r.cost(), YamlPaths.key(path, "cost"), 0);
    long lead = r.leadTime() == null ? 0 : r.leadTime().millis();
    return checks.build(path, mark, () -> new RedTeamSpec(r.every().hours() / 24.0, lead, cost));
  }

  private Set<PolicyCategory> categories(DefensesYaml.ClassifierYaml c, String path) {
    Set<PolicyCategory> categories = EnumSet.noneOf(PolicyCategory.class);
    for (int i = 0; i < c.categories().size(); i++) {
      if (!categories.add(EnumMapping.category(c.categories().get(i)))) {
        checks.report(
            YamlPaths.index(YamlPaths.key(path, "categories"), i),
            "category listed twice",
            "each category once");
      }
    }
    if (categories.isEmpty()) {
      checks.report(
          YamlPaths.key(path, "categories"),
          "a classifier needs at least one category",
          "a list such as [election-misinformation]");
    }
    return categories;
  }

  private FlaggingSpec flagging(DefensesYaml.FlaggingYaml f, String path) {
    if (f == null) {
      return new FlaggingSpec(1, DAY_MILLIS);
    }
    int mark = checks.mark();
    int flags = f.flagsToOpenCase();
    if (flags < 1 || flags > 64) {
      checks.report(
          YamlPaths.key(path, "flags-to-open-case"), "out of range", "a whole number from 1 to 64");
    }
    long window = checks.positiveTicks(f.window(), YamlPaths.key(path, "window"));
    return checks.build(path, mark, () -> new FlaggingSpec(flags, window));
  }

  private CoordinationSpec coordination(DefensesYaml.CoordinationYaml c, String path) {
    if (c == null) {
      return new CoordinationSpec(false, DAY_MILLIS, 0, 0);
    }
    int mark = checks.mark();
    long period = checks.positiveTicks(c.every(), YamlPaths.key(path, "every"));
    double base = checks.fraction(c.baseRecall(), YamlPaths.key(path, "base-recall"), 0);
    double perAccount =
        checks.fraction(
            c.recallPerLinkedAccount(), YamlPaths.key(path, "recall-per-linked-account"), 0);
    return checks.build(
        path, mark, () -> new CoordinationSpec(enabled(c.enabled()), period, base, perAccount));
  }

  private AuditSpec audit(DefensesYaml.AuditYaml a, String path) {
    if (a == null) {
      return new AuditSpec(false, 7 * DAY_MILLIS, 0, 0);
    }
    int mark = checks.mark();
    long period = checks.positiveTicks(a.every(), YamlPaths.key(path, "every"));
    double sample = checks.fraction(a.sampleShare(), YamlPaths.key(path, "sample-share"), 0);
    double detection =
        checks.fraction(a.detectionProbability(), YamlPaths.key(path, "detection-probability"), 0);
    int benign = checks.count(a.benignCustomers(), YamlPaths.key(path, "benign-customers"), 0, 0);
    return checks.build(
        path, mark, () -> new AuditSpec(enabled(a.enabled()), period, sample, detection, benign));
  }

  private RedirectSpec redirect(DefensesYaml.RedirectYaml r, String path) {
    if (r == null) {
      return new RedirectSpec(false, 0);
    }
    int mark = checks.mark();
    double share = checks.fraction(r.share(), YamlPaths.key(path, "share"), 0);
    double takeUp = checks.fraction(r.takeUp(), YamlPaths.key(path, "take-up"), 1);
    return checks.build(path, mark, () -> new RedirectSpec(enabled(r.enabled()), share, takeUp));
  }

  private static boolean enabled(Boolean enabled) {
    return enabled == null || enabled;
  }
}
