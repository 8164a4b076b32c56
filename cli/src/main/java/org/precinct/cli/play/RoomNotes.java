package org.precinct.cli.play;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The notes taken in the room, written to notes.json beside decisions.json after every change: the
 * team's reasoning and hotwash with each decision, and the observers' scores of each inject's
 * expected outcome. They live in their own file so decisions.json stays the same, byte for byte, as
 * the one {@code --choose} writes for the same choices.
 */
final class RoomNotes {
  static final String FILE = "notes.json";
  static final List<String> RATINGS = List.of("met", "partly", "not-met");

  private final Path file;
  private final Map<String, Map<String, String>> decisions = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> expectations = new LinkedHashMap<>();

  RoomNotes(Path file) {
    this.file = file;
  }

  /**
   * The notes of a replayed session: those recorded beside its decisions file ({@code recorded}, if
   * it exists), written again to {@code file}, so the replay's after-action report carries the same
   * notes and scores as the session it replays.
   *
   * @throws InvalidInputException when the recorded notes are not a notes file
   */
  static RoomNotes replayed(Path recorded, Path file) {
    RoomNotes notes = new RoomNotes(file);
    if (!Files.exists(recorded)) {
      return notes;
    }
    try {
      JsonNode root = new ObjectMapper().readTree(recorded.toFile());
      if (root == null || !"precinct-notes/1".equals(root.path("format").asText())) {
        throw new InvalidInputException(
            recorded + ": not a notes file (expected \"format\": \"precinct-notes/1\")");
      }
      root.path("decisions")
          .fields()
          .forEachRemaining(
              e ->
                  notes.decisions.put(
                      e.getKey(),
                      Map.of(
                          "option", e.getValue().path("option").asText(),
                          "note", e.getValue().path("note").asText())));
      root.path("expectations")
          .fields()
          .forEachRemaining(
              e ->
                  notes.expectations.put(
                      e.getKey(),
                      Map.of(
                          "rating", e.getValue().path("rating").asText(),
                          "note", e.getValue().path("note").asText())));
    } catch (IOException e) {
      throw new InvalidInputException(recorded + ": cannot read the notes: " + e.getMessage());
    }
    notes.write();
    return notes;
  }

  synchronized void decision(String decisionId, String optionId, String note) {
    decisions.put(decisionId, Map.of("option", optionId, "note", note));
    write();
  }

  synchronized void expectation(String injectId, String rating, String note) {
    expectations.put(injectId, Map.of("rating", rating, "note", note));
    write();
  }

  /** An inject's score so far ({@code rating}, {@code note}), empty when not scored. */
  synchronized Map<String, String> score(String injectId) {
    return expectations.getOrDefault(injectId, Map.of());
  }

  synchronized Map<String, Map<String, String>> decisions() {
    return Map.copyOf(decisions);
  }

  synchronized Map<String, Map<String, String>> expectations() {
    return Map.copyOf(expectations);
  }

  private void write() {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("format", "precinct-notes/1");
    all.put("decisions", decisions);
    all.put("expectations", expectations);
    try {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValue(file.toFile(), all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
