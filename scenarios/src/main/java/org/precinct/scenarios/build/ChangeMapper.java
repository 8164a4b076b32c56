package org.precinct.scenarios.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.TargetKind;
import org.precinct.scenarios.format.ChangeYaml;
import org.precinct.scenarios.format.Defense;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps changes (the edits injects, interventions and decision options are made of), checking that
 * each names exactly one kind of edit and that every parameter path, defense target, queue and
 * campaign it refers to exists.
 */
final class ChangeMapper {

  private static final String KINDS =
      "one of set, scale, enable, disable, add-staff, start-campaign, stop-campaign";

  private final Checks checks;
  private final ScenarioIds ids;
  private final TimeResolver time;
  private final Set<String> inactiveCampaigns;

  ChangeMapper(Checks checks, ScenarioIds ids, TimeResolver time, Set<String> inactiveCampaigns) {
    this.checks = checks;
    this.ids = ids;
    this.time = time;
    this.inactiveCampaigns = inactiveCampaigns;
  }

  ImmutableList<Change> list(List<ChangeYaml> changes, String path) {
    List<Change> mapped = new ArrayList<>();
    List<ChangeYaml> items = changes == null ? List.of() : changes;
    for (int i = 0; i < items.size(); i++) {
      mapped.add(change(items.get(i), YamlPaths.index(path, i)));
    }
    return mapped.contains(null) ? Lists.immutable.empty() : Lists.immutable.withAll(mapped);
  }

  private Change change(ChangeYaml c, String path) {
    if (!oneKind(c, path)) {
      return null;
    }
    int mark = checks.mark();
    if (c.set() != null) {
      return set(c.set(), YamlPaths.key(path, "set"), mark);
    } else if (c.scale() != null) {
      ParameterRef ref = ref(c.scale().parameter(), YamlPaths.key(path, "scale.parameter"));
      double factor =
          checks.nonNegative(c.scale().factor(), YamlPaths.key(path, "scale.factor"), 1);
      return checks.build(path, mark, () -> new Change.ScaleParameter(ref, factor));
    } else if (c.enable() != null || c.disable() != null) {
      return toggle(c.enable() != null ? c.enable() : c.disable(), c.enable() != null, path, mark);
    } else if (c.addStaff() != null) {
      return addStaff(c.addStaff(), YamlPaths.key(path, "add-staff"), mark);
    }
    return campaign(c, path, mark);
  }

  private boolean oneKind(ChangeYaml c, String path) {
    long kinds =
        Stream.of(
                c.set(),
                c.scale(),
                c.enable(),
                c.disable(),
                c.addStaff(),
                c.startCampaign(),
                c.stopCampaign())
            .filter(Objects::nonNull)
            .count();
    if (kinds == 1) {
      return true;
    }
    String message =
        kinds == 0
            ? "a change needs one kind"
            : "a change has exactly one kind; split it into several list items";
    checks.report(path, message, KINDS);
    return false;
  }

  private Change set(ChangeYaml.SetYaml set, String path, int mark) {
    ParameterRef ref = ref(set.parameter(), YamlPaths.key(path, "parameter"));
    String valuePath = YamlPaths.key(path, "value");
    if (set.value().isDuration()) {
      checks.report(valuePath, "parameters take plain numbers in their unit", "a number");
      return null;
    }
    double value = set.value().number();
    if (ref != null) {
      Parameter p = ref.parameter();
      checks.range(
          value,
          valuePath,
          p.min(),
          p.max(),
          0,
          "a value from " + p.min() + " to " + p.max() + " (" + p.unit() + ")");
    }
    return checks.build(path, mark, () -> new Change.SetParameter(ref, value));
  }

  private Change toggle(ChangeYaml.ToggleYaml toggle, boolean enabled, String path, int mark) {
    String targetPath = YamlPaths.key(path, (enabled ? "enable" : "disable") + ".target");
    if (toggle.defense() == Defense.CLASSIFIER) {
      checks.reference(toggle.target(), ids.classifiers(), "classifier", targetPath);
    } else {
      checks.reference(toggle.target(), ids.channels(), "channel", targetPath);
    }
    return checks.build(
        path,
        mark,
        () ->
            new Change.ToggleDefense(
                EnumMapping.defense(toggle.defense()), toggle.target(), enabled));
  }

  private Change addStaff(ChangeYaml.AddStaffYaml add, String path, int mark) {
    checks.reference(add.queue(), ids.queues(), "queue", YamlPaths.key(path, "queue"));
    long[] window = time.window(add.from(), add.to(), path);
    if (add.staff() == 0) {
      checks.report(
          YamlPaths.key(path, "staff"),
          "adding zero staff changes nothing",
          "a positive number, or negative for an outage");
    }
    return checks.build(
        path, mark, () -> new Change.AddStaff(add.queue(), window[0], window[1], add.staff()));
  }

  private Change campaign(ChangeYaml c, String path, int mark) {
    boolean start = c.startCampaign() != null;
    String id = start ? c.startCampaign() : c.stopCampaign();
    String idPath = YamlPaths.key(path, start ? "start-campaign" : "stop-campaign");
    checks.reference(id, ids.campaigns(), "campaign", idPath);
    if (start && ids.campaigns().contains(id) && !inactiveCampaigns.contains(id)) {
      checks.report(
          idPath,
          "the campaign already runs from its start",
          "a campaign declared with 'active: false'");
    }
    return checks.build(
        path, mark, () -> start ? new Change.StartCampaign(id) : new Change.StopCampaign(id));
  }

  /** The reference a parameter path names, or null after reporting why it names nothing. */
  ParameterRef ref(String path, String yamlPath) {
    ParameterPaths.ParsedPath parsed = ParameterPaths.parse(path);
    if (parsed.parameter() == null) {
      checks.report(
          yamlPath,
          parsed.message(),
          "a path such as classifiers.<classifier>.recall; see docs/scenario-format.md");
      return null;
    }
    TargetKind kind = parsed.parameter().target();
    String target = parsed.target();
    if (kind != TargetKind.NONE && !target.equals(ParameterPaths.ALL)) {
      checks.reference(target, ids.of(kind), ParameterPaths.targetWord(kind), yamlPath);
    }
    return new ParameterRef(parsed.parameter(), target.equals(ParameterPaths.ALL) ? "" : target);
  }
}
