package org.precinct.cli.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import org.precinct.engine.experiment.ReplicationObservers;
import org.precinct.engine.model.ModelObserver;
import org.precinct.engine.result.ReplicationOutcome;

/**
 * events.jsonl for the first N replications of a parallel run: each watched replication logs into
 * its own part file on the worker thread that runs it, and each part is appended to events.jsonl
 * and deleted as soon as that replication's outcome arrives in replication order, so the file is
 * identical for any thread count and neither heap nor the parts folder grows with N.
 */
public final class EventsParts
    implements ReplicationObservers, Consumer<ReplicationOutcome>, AutoCloseable {
  private static final String PARTS = ".events-parts";

  private final Path parts;
  private final ZonedDateTime start;
  private final int count;
  private final OutputStream out;
  private long bytes;

  private EventsParts(Path parts, ZonedDateTime start, int count, OutputStream out) {
    this.parts = parts;
    this.start = start;
    this.count = count;
    this.out = out;
  }

  /**
   * Starts events.jsonl in {@code dir} for replications 0 to {@code count - 1} of a scenario that
   * starts at {@code start}; with a count of 0 nothing is watched and no file is written.
   */
  public static EventsParts open(Path dir, ZonedDateTime start, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("replications to log must be >= 0, was " + count);
    }
    try {
      if (count == 0) {
        return new EventsParts(dir.resolve(PARTS), start, 0, OutputStream.nullOutputStream());
      }
      Path parts = Files.createDirectories(dir.resolve(PARTS));
      OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(dir.resolve(EventsLog.FILE)), 1 << 16);
      return new EventsParts(parts, start, count, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ModelObserver open(int replication) {
    return replication < count ? EventsLog.at(part(replication), start, replication) : null;
  }

  @Override
  public void close(int replication, ModelObserver observer) {
    ((EventsLog) observer).close();
  }

  @Override
  public void accept(ReplicationOutcome outcome) {
    int r = outcome.replication();
    if (r >= count) {
      return;
    }
    Path part = part(r);
    try {
      bytes += Files.copy(part, out);
      Files.delete(part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes appended to events.jsonl so far. */
  public long bytes() {
    return bytes;
  }

  @Override
  public void close() {
    try {
      out.close();
      if (count > 0) {
        try (var left = Files.list(parts)) {
          for (Path p : (Iterable<Path>) left::iterator) {
            Files.delete(p);
          }
        }
        Files.delete(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path part(int replication) {
    return parts.resolve(replication + ".jsonl");
  }
}
