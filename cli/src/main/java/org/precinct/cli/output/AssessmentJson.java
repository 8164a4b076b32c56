package org.precinct.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.precinct.engine.experiment.TargetPrecision;
import org.precinct.engine.experiment.tabletop.ExerciseAssessment;
import org.precinct.engine.experiment.tabletop.ModuleAssessment;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.ScenarioResult;

/**
 * The parts of summary.json a {@link RunAssessment} adds: {@code run.targetPrecision} after a
 * {@code --target-ci} run, and an {@code objectives} section when the scenario has objectives
 * (absent otherwise), each share of replications with its 95% Wilson interval.
 */
final class AssessmentJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AssessmentJson() {}

  static void add(ObjectNode root, ScenarioResult result, RunAssessment assessment) {
    assessment
        .stop()
        .ifPresent(s -> ((ObjectNode) root.get("run")).set("targetPrecision", stop(s)));
    if (assessment.hasObjectives()) {
      root.set("objectives", objectives(assessment.objectives(), result));
    }
  }

  private static ObjectNode stop(RunAssessment.Stop s) {
    TargetPrecision t = s.target();
    ObjectNode node = NODES.objectNode();
    node.put(
        "rule",
        "replications added in batches until every headline metric's 95% CI half-width is at most"
            + " this share of its mean (under one unit where the mean is near zero)");
    node.put("relativeHalfWidth", t.halfWidth());
    node.put("initialReplications", t.initialReplications());
    node.put("batchReplications", t.batchReplications());
    node.put("maxReplications", t.maxReplications());
    node.put("replications", s.replications());
    JsonNumbers.put(node, "achievedRelativeHalfWidth", s.achieved());
    node.put("stopped", s.reason());
    return node;
  }

  private static ObjectNode objectives(ExerciseAssessment a, ScenarioResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("confidenceLevel", a.allMet().level());
    node.put("interval", "wilson");
    ArrayNode each = node.putArray("each");
    for (ObjectiveAssessment o : a.objectives()) {
      ObjectNode n = each.addObject();
      n.put("id", o.objective().id());
      n.put("label", o.objective().label());
      n.put("metric", o.metric().id());
      n.put(
          "comparison",
          o.objective().comparison().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      n.put("target", o.objective().target());
      if (o.objective().moduleId().isEmpty()) {
        n.putNull("module");
      } else {
        n.put("module", o.objective().moduleId());
      }
      n.set("met", share(o.met()));
      n.set("value", value(result.metric(o.metric())));
    }
    node.set("allMet", share(a.allMet()));
    ArrayNode modules = node.putArray("modules");
    for (ModuleAssessment m : a.modules()) {
      ObjectNode n = modules.addObject();
      n.put("id", m.module().id());
      n.put("label", m.module().label());
      n.set("allMet", share(m.allMet()));
    }
    return node;
  }

  private static ObjectNode share(Proportion p) {
    ObjectNode n = NODES.objectNode();
    n.put("replications", p.successes());
    n.put("of", p.n());
    JsonNumbers.put(n, "share", p.share());
    JsonNumbers.put(n, "ciLow", p.low());
    JsonNumbers.put(n, "ciHigh", p.high());
    return n;
  }

  /** The metric's mean and interval as the metrics section has them (exact, also after a merge). */
  private static ObjectNode value(MetricSummary m) {
    ObjectNode n = NODES.objectNode();
    JsonNumbers.put(n, "mean", m.mean());
    JsonNumbers.put(n, "ciLow", m.ciLow());
    JsonNumbers.put(n, "ciHigh", m.ciHigh());
    return n;
  }
}
