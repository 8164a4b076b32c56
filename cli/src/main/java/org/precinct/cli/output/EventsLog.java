package org.precinct.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.precinct.engine.model.ModelObserver;
import org.precinct.engine.model.ObservedEvent;

/**
 * Writes events.jsonl: one JSON object a line for every step of one replication (request outcome,
 * detection, case, review, enforcement), tagged with the replication and carrying account, campaign
 * and case ids that link the steps, so an analyst can follow a single account's story through the
 * defenses; {@link EventsParts} joins several replications' logs into one file.
 */
public final class EventsLog implements ModelObserver, AutoCloseable {
  /** The log's file name. */
  public static final String FILE = "events.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedWriter out;
  private final ZonedDateTime start;
  private final int replication;

  private EventsLog(BufferedWriter out, ZonedDateTime start, int replication) {
    this.out = out;
    this.start = start;
    this.replication = replication;
  }

  /**
   * Opens the log in {@code dir} for {@code replication} of a scenario that starts at {@code
   * start}.
   */
  public static EventsLog open(Path dir, ZonedDateTime start, int replication) {
    return at(dir.resolve(FILE), start, replication);
  }

  /** Opens a log of {@code replication} in {@code file} (a part of a several-replication log). */
  static EventsLog at(Path file, ZonedDateTime start, int replication) {
    try {
      return new EventsLog(
          Files.newBufferedWriter(file, StandardCharsets.UTF_8), start, replication);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void onEvent(ObservedEvent event) {
    ObjectNode line = JSON.createObjectNode();
    line.put("replication", replication);
    line.put("at", start.plusNanos(event.atTicks() * 1_000_000L).toOffsetDateTime().toString());
    line.put("ticks", event.atTicks());
    line.put("kind", event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    line.put("account", event.accountId());
    line.put("campaign", event.campaignId());
    line.put("channel", event.channelId());
    if (event.caseId() >= 0) {
      line.put("case", event.caseId());
    } else {
      line.putNull("case");
    }
    line.put("detail", event.detail());
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
