package org.precinct.cli.play;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.precinct.cli.failure.InvalidInputException;

/**
 * The output folder of a session, written while it is played so the facilitator can open the charts
 * at each stop: players/ (what players may see, stop by stop), controller/ (the events list, the
 * answer key and the options' outcomes), charts/, the decisions file and the report.
 */
final class PlayFolder {
  static final String DECISIONS = "decisions.json";
  private final Path root;

  private PlayFolder(Path root) {
    this.root = root;
  }

  /**
   * Creates the folder; an existing one is refused unless {@code force} is set and it is empty or
   * an earlier session (it holds a decisions file), which is then replaced.
   */
  static PlayFolder create(Path target, boolean force) {
    Path root = target.toAbsolutePath().normalize();
    try {
      if (Files.exists(root)) {
        replaceable(root, force);
        deleteTree(root);
      }
      Files.createDirectories(root.resolve("players"));
      Files.createDirectories(root.resolve("controller"));
      return new PlayFolder(root);
    } catch (IOException e) {
      throw new InvalidInputException("cannot create the output folder " + target + ": " + e);
    }
  }

  private static void replaceable(Path root, boolean force) throws IOException {
    if (!force) {
      throw new InvalidInputException(
          "the output folder " + root + " already exists; choose another --out, or add --force");
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(root)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !Files.exists(root.resolve(DECISIONS))) {
      throw new InvalidInputException(
          "refusing to replace "
              + root
              + ": it is not an earlier play session (no "
              + DECISIONS
              + ")");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  Path root() {
    return root;
  }

  /** The players' folder of the {@code k}-th stop (from 0), e.g. players/01-staffing. */
  Path playerStop(int k, String decisionId) {
    return directory(root.resolve("players").resolve(stopName(k, decisionId)));
  }

  /** The controller's notes of the {@code k}-th stop, e.g. controller/01-staffing.md. */
  Path controllerStop(int k, String decisionId) {
    return root.resolve("controller").resolve(stopName(k, decisionId) + ".md");
  }

  Path controller(String file) {
    return root.resolve("controller").resolve(file);
  }

  Path players(String file) {
    return root.resolve("players").resolve(file);
  }

  Path file(String name) {
    return root.resolve(name);
  }

  /** A path relative to the folder, with forward slashes, for console lines and reports. */
  String relative(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Writes Markdown lines with the handling marking above and below them. */
  void writeMarked(Path file, String marking, List<String> lines) {
    List<String> all = new ArrayList<>();
    if (!marking.isEmpty()) {
      all.add("**" + marking + "**");
      all.add("");
    }
    all.addAll(lines);
    if (!marking.isEmpty()) {
      all.add("");
      all.add("**" + marking + "**");
    }
    try {
      Files.write(file, all, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stopName(int k, String decisionId) {
    return String.format(Locale.ROOT, "%02d-%s", k + 1, decisionId);
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
