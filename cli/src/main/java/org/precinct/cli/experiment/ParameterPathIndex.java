package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TargetKind;
import org.precinct.scenarios.build.ParameterPaths;

/**
 * Every parameter path a scenario accepts on the command line, written as in its YAML ({@code
 * classifiers.misinfo.recall}, {@code queues.*.staff-scale}), mapped to the engine's reference, so
 * the experiment commands read parameters exactly the way scenario files do.
 */
public final class ParameterPathIndex {

  private final Map<String, ParameterRef> byPath = new LinkedHashMap<>();

  /** Indexes the paths of {@code scenario}'s elements and the all-elements wildcards. */
  public ParameterPathIndex(ScenarioSpec scenario) {
    for (Parameter parameter : Parameter.values()) {
      if (ParameterPaths.template(parameter).isEmpty()) {
        continue;
      }
      for (String target : targets(scenario, parameter.target())) {
        ParameterRef ref = new ParameterRef(parameter, target);
        byPath.put(ParameterPaths.format(ref), ref);
      }
    }
  }

  /** The reference of {@code path}, or null when the scenario has no such parameter. */
  public ParameterRef find(String path) {
    return byPath.get(path.strip());
  }

  /** Every path, in parameter order. */
  public List<String> paths() {
    return List.copyOf(byPath.keySet());
  }

  /** The path of a reference, as the scenario's YAML writes it. */
  public static String path(ParameterRef ref) {
    return ParameterPaths.format(ref);
  }

  private static List<String> targets(ScenarioSpec scenario, TargetKind kind) {
    List<String> ids = new ArrayList<>();
    ids.add("");
    switch (kind) {
      case NONE -> {
        return List.of("");
      }
      case CLASSIFIER ->
          scenario.defenses().classifiers().forEach((ClassifierSpec c) -> ids.add(c.id()));
      case QUEUE -> scenario.queues().forEach((QueueSpec q) -> ids.add(q.id()));
      case CHANNEL -> scenario.channels().forEach((ChannelSpec c) -> ids.add(c.id()));
      case CAMPAIGN -> scenario.campaigns().forEach((CampaignSpec c) -> ids.add(c.id()));
      case CATEGORY -> Arrays.stream(PolicyCategory.values()).forEach(c -> ids.add(c.id()));
      case BENIGN_STREAM -> scenario.benign().forEach((BenignStreamSpec b) -> ids.add(b.id()));
    }
    return ids;
  }
}
