package org.precinct.cli.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.MetadataSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.problem.Problem;

/**
 * The JSON that {@code list}, {@code show} and {@code validate} print with {@code --json}, so that
 * scripts read scenario ids, interventions and problems without parsing the text layout.
 */
public final class ScenarioJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One bundled scenario in {@code list --json}. */
  public record Listed(String id, String title, boolean isDefault) {}

  /** One checked file in {@code validate --json}; {@code id} is empty when it is invalid. */
  public record Checked(String file, String id, List<Problem> problems) {}

  private ScenarioJson() {}

  /** Prints the bundled scenarios as an array of {id, title, default}. */
  public static void list(PrintWriter out, List<Listed> scenarios) {
    ArrayNode array = JSON.createArrayNode();
    scenarios.forEach(
        s ->
            array
                .addObject()
                .put("id", s.id())
                .put("title", s.title())
                .put("default", s.isDefault()));
    print(out, array);
  }

  /** Prints what {@code show} prints as text: metadata, timeline, and the ids of every element. */
  public static void show(PrintWriter out, ScenarioSpec spec) {
    MetadataSpec meta = spec.metadata();
    ObjectNode root = JSON.createObjectNode();
    root.put("id", meta.id()).put("title", meta.title()).put("description", meta.description());
    root.put("author", meta.author()).put("marking", meta.marking());
    root.putObject("run")
        .put("seed", spec.run().seed())
        .put("replications", spec.run().replications());
    TimelineSpec t = spec.timeline();
    root.putObject("timeline")
        .put("zone", t.zone().getId())
        .put("start", t.start().toLocalDateTime().toString())
        .put("election-day", t.electionDay().toString())
        .put("end", t.end().toLocalDateTime().toString());
    ArrayNode channels = root.putArray("channels");
    for (ChannelSpec c : spec.channels()) {
      channels.addObject().put("id", c.id()).put("label", c.label());
    }
    ArrayNode campaigns = root.putArray("campaigns");
    for (CampaignSpec c : spec.campaigns()) {
      campaigns
          .addObject()
          .put("id", c.id())
          .put("label", c.label())
          .put("channel", c.channelId())
          .put("active", c.active());
    }
    ArrayNode queues = root.putArray("queues");
    for (QueueSpec q : spec.queues()) {
      queues.addObject().put("id", q.id()).put("label", q.label());
    }
    ArrayNode interventions = root.putArray("interventions");
    for (InterventionSpec i : spec.interventions()) {
      interventions
          .addObject()
          .put("id", i.id())
          .put("label", i.label())
          .put("default-on", i.defaultOn())
          .put("cost-per-day", i.costPerDay());
    }
    ArrayNode decisions = root.putArray("decision-points");
    spec.decisionPoints()
        .forEach(d -> decisions.addObject().put("id", d.id()).put("question", d.question()));
    print(out, root);
  }

  /** Prints every checked file with its problems, each with file, line, column, path and text. */
  public static void validation(PrintWriter out, List<Checked> files) {
    ArrayNode array = JSON.createArrayNode();
    for (Checked file : files) {
      ObjectNode node = array.addObject().put("file", file.file());
      node.put("valid", file.problems().isEmpty());
      if (file.problems().isEmpty()) {
        node.put("id", file.id());
      }
      ArrayNode problems = node.putArray("problems");
      for (Problem p : file.problems()) {
        problems
            .addObject()
            .put("file", p.file())
            .put("line", p.line())
            .put("column", p.column())
            .put("path", p.path())
            .put("message", p.message())
            .put("found", p.found())
            .put("expected", p.expected())
            .put("text", p.render());
      }
    }
    print(out, array);
  }

  private static void print(PrintWriter out, Object node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
    out.flush();
  }
}
