package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DecisionsFileTest {
  @TempDir Path dir;

  @Test
  void aWrittenFileReadsBackWithItsChoicesInOrder() {
    DecisionsFile file =
        new DecisionsFile(
            DecisionsFile.FORMAT,
            "my.yaml",
            "my",
            "ab".repeat(32),
            "",
            7,
            40,
            List.of("surge"),
            List.of(
                new DecisionsFile.Entry("b-second", "x", "Sat"),
                new DecisionsFile.Entry("a-first", "y", "Sun")));
    Path path = dir.resolve("decisions.json");
    file.write(path);

    DecisionsFile read = DecisionsFile.read(path);

    assertThat(read).isEqualTo(file);
    assertThat(read.choicesById())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("b-second", "x"),
            org.assertj.core.api.Assertions.entry("a-first", "y"));
  }
}
