package org.precinct.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.precinct.cli.failure.InvalidInputException;

/**
 * Chooses where a run's folder goes and decides whether an existing folder may be replaced, so that
 * no earlier output, nor any unrelated folder, is ever overwritten by accident.
 */
public final class OutputTarget {
  /** The folder that default output folders are created in. */
  public static final Path DEFAULT_ROOT = Path.of("precinct-out");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private OutputTarget() {}

  /**
   * A fresh folder {@code <root>/<scenario-id>-<yyyyMMdd-HHmmss>}, with a numeric suffix when a
   * folder of that name already exists.
   */
  public static Path defaultFolder(Path root, String scenarioId, LocalDateTime now) {
    String base = scenarioId + "-" + STAMP.format(now);
    Path candidate = root.resolve(base);
    for (int i = 2; Files.exists(candidate); i++) {
      candidate = root.resolve(base + "-" + i);
    }
    return candidate;
  }

  /**
   * Checks that {@code target} may be written: it must not exist, or {@code force} must be set and
   * it must be an empty folder or an earlier precinct output (it holds a run.json).
   *
   * @return whether an existing folder will be replaced
   */
  static boolean checkReplaceable(Path target, boolean force) {
    if (!Files.exists(target)) {
      return false;
    }
    if (!force) {
      throw new InvalidInputException(
          "the output folder "
              + target
              + " already exists; choose another --out, or add --force to replace it");
    }
    if (!Files.isDirectory(target)
        || !(isEmpty(target) || Files.exists(target.resolve("run.json")))) {
      throw new InvalidInputException(
          "refusing to replace "
              + target
              + ": it is not an earlier precinct output (no run.json); choose another --out");
    }
    return true;
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
