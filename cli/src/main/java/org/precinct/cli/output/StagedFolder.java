package org.precinct.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.precinct.cli.failure.InvalidInputException;

/**
 * An output folder under construction: everything is written into a hidden folder beside the target
 * and moved into place in one step by {@link #commit()}, so nobody ever sees a half-written folder,
 * and {@link #close()} removes the staging folder of a run that failed.
 */
public final class StagedFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private final boolean replace;
  private final boolean createdParent;
  private boolean finished;

  private StagedFolder(Path target, Path staging, boolean replace, boolean createdParent) {
    this.target = target;
    this.staging = staging;
    this.replace = replace;
    this.createdParent = createdParent;
  }

  /**
   * Prepares to write {@code target}; an existing target is refused unless {@code force} is set and
   * the folder is empty or an earlier precinct output.
   */
  public static StagedFolder create(Path target, boolean force) {
    Path absolute = target.toAbsolutePath().normalize();
    boolean replace = OutputTarget.checkReplaceable(absolute, force);
    Path parent = absolute.getParent();
    try {
      boolean createdParent = !Files.exists(parent);
      Files.createDirectories(parent);
      Path staging = parent.resolve("." + absolute.getFileName() + ".partial-" + pid());
      deleteTree(staging);
      Files.createDirectory(staging);
      return new StagedFolder(absolute, staging, replace, createdParent);
    } catch (IOException e) {
      throw new InvalidInputException("cannot create the output folder " + target + ": " + e);
    }
  }

  /** The folder to write into until {@link #commit()}. */
  public Path path() {
    return staging;
  }

  /** Where the folder will be once committed. */
  public Path target() {
    return target;
  }

  /** Moves the finished folder into place, replacing an old one only if that was allowed. */
  public synchronized Path commit() {
    if (finished) {
      throw new IllegalStateException("the output folder was already committed or discarded");
    }
    try {
      Path old = target.resolveSibling("." + target.getFileName() + ".replaced-" + pid());
      if (replace && Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      finished = true;
      deleteTree(old);
      return target;
    } catch (FileAlreadyExistsException e) {
      throw new InvalidInputException("the output folder " + target + " appeared during the run");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Discards the staging folder unless it was committed; safe to call more than once. */
  @Override
  public synchronized void close() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      deleteTree(staging);
      if (createdParent) {
        Files.deleteIfExists(target.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
