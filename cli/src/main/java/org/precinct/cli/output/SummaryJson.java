package org.precinct.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;

/**
 * The summary of a run as JSON: what was run (scenario id and content hash, seed, replications,
 * interventions, Precinct version) and every metric with its mean, confidence interval and
 * percentiles; it holds no wall-clock facts, so the same inputs give the same bytes.
 */
public final class SummaryJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  /** The summary document of a result. */
  public static ObjectNode of(ScenarioResult result) {
    RunMetadata meta = result.metadata();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "precinct-summary/1");
    root.set("scenario", scenario(meta));
    root.set("run", run(meta));
    List<Headline> headlines = Headline.of(result);
    root.set("headline", headlines(headlines));
    ArrayNode metrics = root.putArray("metrics");
    result.metrics().forEach(m -> metrics.add(metric(m)));
    if (!result.groups().isEmpty()) {
      ArrayNode breakdowns = root.putArray("breakdowns");
      result.groups().forEach(g -> breakdowns.add(breakdown(g)));
    }
    return root;
  }

  /**
   * The summary document of a run with its assessment: {@code run.targetPrecision} after a {@code
   * --target-ci} run and an {@code objectives} section when the scenario has objectives.
   */
  public static ObjectNode of(ScenarioResult result, RunAssessment assessment) {
    ObjectNode root = of(result);
    AssessmentJson.add(root, result, assessment);
    return root;
  }

  /** The document as indented text ending with a newline. */
  public static String text(ObjectNode document) {
    try {
      return MAPPER.writeValueAsString(document) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static ObjectNode scenario(RunMetadata meta) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", meta.scenarioId());
    node.put("title", meta.title());
    node.put("sha256", meta.scenarioHash());
    node.put("marking", meta.marking());
    node.put("zone", meta.zone().getId());
    node.put("start", meta.start().toOffsetDateTime().toString());
    node.put("electionDay", meta.electionDay().toString());
    node.put("end", meta.end().toOffsetDateTime().toString());
    return node;
  }

  private static ObjectNode run(RunMetadata meta) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("seed", meta.seed());
    node.put("replications", meta.replications());
    node.put("variant", meta.variant());
    ArrayNode on = node.putArray("interventionsOn");
    meta.interventionsOn().toSortedList().forEach(on::add);
    node.put("confidenceLevel", meta.confidenceLevel());
    node.put("precinctVersion", meta.precinctVersion());
    return node;
  }

  private static ObjectNode headlines(List<Headline> headlines) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put(
        "precisionTarget",
        "95% CI half-width under 10% of the mean, or under one unit (one percentage point for"
            + " shares) where the mean is near zero");
    node.put("allPrecise", Headline.allPrecise(headlines));
    ArrayNode list = node.putArray("metrics");
    for (Headline h : headlines) {
      ObjectNode item = list.addObject();
      item.put("id", h.metric().id());
      JsonNumbers.put(item, "halfWidth", h.halfWidth());
      JsonNumbers.put(item, "relativeHalfWidth", h.relativeHalfWidth());
      item.put("precise", h.precise());
    }
    return node;
  }

  private static ObjectNode breakdown(GroupSummary g) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("table", g.table());
    node.put("group", g.group());
    node.put("measure", g.measure());
    node.put("n", g.replications());
    JsonNumbers.put(node, "mean", g.mean());
    JsonNumbers.put(node, "ciLow", g.ciLow());
    JsonNumbers.put(node, "ciHigh", g.ciHigh());
    JsonNumbers.put(node, "median", g.median());
    return node;
  }

  private static ObjectNode metric(MetricSummary m) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", m.metric().id());
    node.put("label", m.metric().label());
    node.put("unit", m.metric().unit());
    node.put("lowerIsBetter", m.metric().lowerIsBetter());
    node.put("n", m.n());
    JsonNumbers.put(node, "mean", m.mean());
    JsonNumbers.put(node, "ciLow", m.ciLow());
    JsonNumbers.put(node, "ciHigh", m.ciHigh());
    JsonNumbers.put(node, "median", m.median());
    JsonNumbers.put(node, "p10", m.p10());
    JsonNumbers.put(node, "p90", m.p90());
    JsonNumbers.put(node, "stdDev", m.stdDev());
    return node;
  }
}
