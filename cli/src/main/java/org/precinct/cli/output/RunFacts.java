package org.precinct.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The wall-clock facts of a run (when, how long, on what machine, with how many threads, from which
 * build and command line), kept in run.json apart from summary.json so that the summary stays
 * byte-identical across machines and thread counts.
 */
public record RunFacts(
    Instant startedAt,
    Instant finishedAt,
    int threads,
    List<String> arguments,
    BuildInfo build,
    String scenarioSource) {

  /** The file name inside the output folder. */
  public static final String FILE = "run.json";

  /** How long the run took. */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** Writes run.json into {@code folder}. */
  public void write(Path folder) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("startedAt", startedAt.toString());
    root.put("finishedAt", finishedAt.toString());
    root.put("durationSeconds", duration().toMillis() / 1000.0);
    root.put("threads", threads);
    root.put("scenarioSource", scenarioSource);
    root.putArray("arguments").addAll(arguments.stream().map(root::textNode).toList());
    root.put("precinctVersion", build.version());
    root.put("precinctCommit", build.commit());
    ObjectNode machine = root.putObject("machine");
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("arch", System.getProperty("os.arch"));
    machine.put("processors", Runtime.getRuntime().availableProcessors());
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", Runtime.version().toString() + " " + System.getProperty("java.vendor"));
    try {
      Files.writeString(
          folder.resolve(FILE), mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
