package org.precinct.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An invalid scenario under src/test/resources/invalid, with the problem it must produce written in
 * its header comments ({@code # kind:}, {@code # expect-position:}, {@code # expect-path:}, {@code
 * # expect-message:}).
 */
record InvalidFixture(
    Path path, String rule, String kind, int line, int column, String problemPath, String message) {

  static final Path FOLDER = Path.of("src/test/resources/invalid");

  static List<InvalidFixture> all() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(InvalidFixture::read)
          .toList();
    }
  }

  static InvalidFixture read(Path path) {
    try {
      List<String> lines = Files.readAllLines(path);
      String[] position = header(lines, "expect-position").split(":");
      return new InvalidFixture(
          path,
          header(lines, "rule"),
          header(lines, "kind"),
          Integer.parseInt(position[0]),
          Integer.parseInt(position[1]),
          header(lines, "expect-path"),
          header(lines, "expect-message"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whether the JSON Schema alone must reject the file (its error is one of shape, not meaning).
   */
  boolean isShapeError() {
    return kind.equals("shape");
  }

  private static String header(List<String> lines, String key) {
    String prefix = "# " + key + ":";
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("fixture without '" + prefix + "'"));
  }

  @Override
  public String toString() {
    return path.getFileName().toString();
  }
}
