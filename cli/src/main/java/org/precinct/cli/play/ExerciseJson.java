package org.precinct.cli.play;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.tabletop.DecisionRecord;
import org.precinct.engine.experiment.tabletop.ExerciseAssessment;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.experiment.tabletop.MetricEffect;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.OptionEffect;
import org.precinct.engine.experiment.tabletop.Proportion;

/**
 * exercise.json: the played exercise's numbers for machines, the choices, every objective with its
 * share met and interval, and every option of every decision against carrying on; a replay writes
 * the same bytes.
 */
final class ExerciseJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExerciseJson() {}

  /** Writes the file. */
  static void write(Path file, String scenarioId, ExerciseOutcome outcome) {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", scenarioId);
    root.put("replications", outcome.played().replications());
    root.set("objectives", objectives(outcome.objectives()));
    ArrayNode decisions = root.putArray("decisions");
    outcome.decisions().forEach(d -> decisions.add(decision(d)));
    try {
      Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode objectives(ExerciseAssessment a) {
    ObjectNode node = JSON.createObjectNode();
    node.set("allMet", proportion(a.allMet()));
    ArrayNode each = node.putArray("each");
    for (ObjectiveAssessment o : a.objectives()) {
      ObjectNode n = each.addObject();
      n.put("id", o.objective().id());
      n.put("metric", o.metric().id());
      n.put("comparison", o.objective().comparison().name());
      n.put("target", o.objective().target());
      n.set("met", proportion(o.met()));
      n.set("value", estimate(o.value()));
    }
    ArrayNode modules = node.putArray("modules");
    a.modules()
        .forEach(
            m ->
                modules
                    .addObject()
                    .put("id", m.module().id())
                    .set("allMet", proportion(m.allMet())));
    return node;
  }

  private static ObjectNode decision(DecisionRecord d) {
    ObjectNode node = JSON.createObjectNode();
    node.put("decision", d.stop().decision().id());
    node.put("chosen", d.chosen().id());
    node.put("atTicks", d.stop().decision().atTicks());
    ArrayNode options = node.putArray("options");
    for (OptionEffect o : d.stop().comparison().options()) {
      ObjectNode n = options.addObject();
      n.put("option", o.option().id());
      n.put("cost", o.cost());
      n.set("objectives", objectives(o.objectives()));
      ArrayNode effects = n.putArray("effects");
      for (MetricEffect e : o.effects()) {
        ObjectNode en = effects.addObject();
        en.put("metric", e.metric().id());
        en.set("value", estimate(e.value()));
        en.set("differenceFromCarryingOn", estimate(e.difference()));
        number(en, "betterShare", e.betterShare());
      }
    }
    return node;
  }

  private static ObjectNode proportion(Proportion p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("successes", p.successes());
    n.put("n", p.n());
    number(n, "low", p.low());
    number(n, "high", p.high());
    return n;
  }

  private static ObjectNode estimate(Estimate e) {
    ObjectNode n = JSON.createObjectNode();
    number(n, "mean", e.mean());
    number(n, "ciLow", e.ciLow());
    number(n, "ciHigh", e.ciHigh());
    n.put("n", e.n());
    return n;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
