package org.precinct.cli.shard;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** What a shard prints: its manifest with --json, its folder with --quiet, else two lines. */
public final class PartialText {
  private PartialText() {}

  /**
   * Prints the outcome of shard {@code task} written to {@code folder}, which did {@code work} of
   * {@code total} (negative: unknown) {@code unit} in {@code took}.
   */
  public static void print(
      PrintWriter out,
      boolean json,
      boolean quiet,
      ShardTask task,
      Path folder,
      long work,
      long total,
      String unit,
      Duration took) {
    if (json) {
      try {
        out.print(Files.readString(folder.resolve(PartialManifest.FILE)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (quiet) {
      out.println(folder);
    } else {
      out.printf(
          Locale.ROOT,
          "Shard %s of %s %s: %s %s in %.1f s, partial folder %s%n",
          task.spec(),
          task.command(),
          task.scenarioId(),
          total < 0 ? String.valueOf(work) : work + " of " + total,
          unit,
          took.toMillis() / 1000.0,
          folder);
      out.printf(
          "When all %d shards are done: precinct merge --out DIR <their %d folders>%n",
          task.spec().count(), task.spec().count());
    }
    out.flush();
  }
}
