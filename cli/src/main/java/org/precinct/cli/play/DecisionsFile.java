package org.precinct.cli.play;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.cli.failure.InvalidInputException;

/**
 * The record of a played session, written after every choice: the scenario (name, id and SHA-256 of
 * its text, and of an imported events list), seed, replications, interventions and the choices in
 * order. {@code precinct play --replay} reads it and reproduces the session exactly.
 *
 * @param format always {@value #FORMAT}
 * @param mselSha256 SHA-256 of the events list imported with --msel, "" when none
 */
@JsonPropertyOrder({
  "format",
  "scenario",
  "scenarioId",
  "scenarioSha256",
  "mselSha256",
  "seed",
  "replications",
  "interventions",
  "choices"
})
record DecisionsFile(
    String format,
    String scenario,
    String scenarioId,
    String scenarioSha256,
    String mselSha256,
    long seed,
    int replications,
    List<String> interventions,
    List<Entry> choices) {

  /** The format tag and version of the file. */
  static final String FORMAT = "precinct-decisions/1";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * One choice.
   *
   * @param at the decision's moment in the scenario's calendar, for readers (not read back)
   */
  @JsonPropertyOrder({"decision", "option", "at"})
  record Entry(String decision, String option, String at) {}

  DecisionsFile {
    interventions = interventions == null ? List.of() : List.copyOf(interventions);
    choices = choices == null ? List.of() : List.copyOf(choices);
    mselSha256 = mselSha256 == null ? "" : mselSha256;
  }

  /** The choices by decision id, in the order made. */
  Map<String, String> choicesById() {
    Map<String, String> byId = new LinkedHashMap<>();
    choices.forEach(c -> byId.put(c.decision(), c.option()));
    return byId;
  }

  /** Reads and checks a decisions file; any problem is invalid input naming the file. */
  static DecisionsFile read(Path file) {
    DecisionsFile read;
    try {
      read = JSON.readValue(Files.readString(file), DecisionsFile.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "the decisions file " + file + " is not valid: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidInputException("cannot read the decisions file " + file + ": " + e);
    }
    if (!FORMAT.equals(read.format()) || read.scenario() == null || read.scenarioSha256() == null) {
      throw new InvalidInputException(
          "the decisions file " + file + " is not a " + FORMAT + " file with a scenario");
    }
    return read;
  }

  /** Writes the file (replacing an earlier version). */
  void write(Path file) {
    try {
      Files.writeString(file, JSON.writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
