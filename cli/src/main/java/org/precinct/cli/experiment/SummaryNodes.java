package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.Precision;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.RunMetadata;

/**
 * The parts every experiment's summary.json shares: what was run (scenario hash, seed,
 * replications, version), the metric, the precision reached, and estimates as mean and interval,
 * with undefined numbers written as null.
 */
final class SummaryNodes {

  private SummaryNodes() {}

  /** The root node of an experiment summary. */
  static ObjectNode root(
      String experiment, RunMetadata metadata, Metric metric, Precision precision, int runs) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("experiment", experiment);
    root.put("scenarioId", metadata.scenarioId());
    root.put("scenarioTitle", metadata.title());
    root.put("scenarioHash", metadata.scenarioHash());
    root.put("seed", metadata.seed());
    root.put("replications", metadata.replications());
    root.put("precinctVersion", metadata.precinctVersion());
    root.put("confidenceLevel", metadata.confidenceLevel());
    root.put("runs", runs);
    ObjectNode m = root.putObject("metric");
    m.put("id", metric.id());
    m.put("label", metric.label());
    m.put("unit", metric.unit());
    m.put("lowerIsBetter", metric.lowerIsBetter());
    root.set("precision", precision(precision));
    return root;
  }

  /** An estimate as {mean, low, high, halfWidth, n}. */
  static ObjectNode estimate(Estimate estimate) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    put(node, "mean", estimate.mean());
    put(node, "low", estimate.ciLow());
    put(node, "high", estimate.ciHigh());
    put(node, "halfWidth", estimate.halfWidth());
    node.put("n", estimate.n());
    return node;
  }

  /** Puts a number, or null when it is not finite. */
  static void put(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  private static ObjectNode precision(Precision precision) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("replications", precision.replications());
    put(node, "achievedHalfWidth", precision.achievedHalfWidth());
    if (precision.budget() instanceof ReplicationBudget.ToPrecision target) {
      node.put("targetHalfWidth", target.target().halfWidth());
      node.put("maxReplications", target.target().maxReplications());
      node.put("targetReached", precision.reached());
    } else {
      node.putNull("targetHalfWidth");
    }
    return node;
  }
}
