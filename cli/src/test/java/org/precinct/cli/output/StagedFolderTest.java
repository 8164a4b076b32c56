package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.InvalidInputException;

final class StagedFolderTest {
  @TempDir Path dir;

  @Test
  void aCommittedFolderAppearsWithItsFilesAndNoStagingFolderRemains() throws IOException {
    Path target = dir.resolve("out").resolve("run-1");
    try (StagedFolder folder = StagedFolder.create(target, false)) {
      Files.writeString(folder.path().resolve("summary.json"), "{}");
      assertThat(target).doesNotExist();
      folder.commit();
    }

    assertThat(target.resolve("summary.json")).hasContent("{}");
    assertThat(names(target.getParent())).containsExactly("run-1");
  }

  @Test
  void aFolderClosedWithoutCommitLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("out").resolve("run-1");
    try (StagedFolder folder = StagedFolder.create(target, false)) {
      Files.writeString(folder.path().resolve("half.csv"), "a,b");
    }

    assertThat(names(dir)).isEmpty();
  }

  @Test
  void anExistingFolderIsRefusedWithoutForce() throws IOException {
    Path target = Files.createDirectories(dir.resolve("run-1"));

    assertThatThrownBy(() -> StagedFolder.create(target, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already exists")
        .hasMessageContaining("--force");
  }

  @Test
  void forceReplacesAnEarlierOutputInOneStep() throws IOException {
    Path target = Files.createDirectories(dir.resolve("run-1"));
    Files.writeString(target.resolve("run.json"), "old");
    Files.writeString(target.resolve("stale.csv"), "old");

    try (StagedFolder folder = StagedFolder.create(target, true)) {
      Files.writeString(folder.path().resolve("run.json"), "new");
      folder.commit();
    }

    assertThat(names(target)).containsExactly("run.json");
    assertThat(target.resolve("run.json")).hasContent("new");
    assertThat(names(dir)).containsExactly("run-1");
  }

  @Test
  void forceNeverReplacesAFolderThatIsNotAPrecinctOutput() throws IOException {
    Path target = Files.createDirectories(dir.resolve("home"));
    Files.writeString(target.resolve("thesis.tex"), "precious");

    assertThatThrownBy(() -> StagedFolder.create(target, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not an earlier precinct output");
    assertThat(target.resolve("thesis.tex")).hasContent("precious");
  }

  @Test
  void defaultFoldersGetASuffixInsteadOfOverwriting() throws IOException {
    var now = java.time.LocalDateTime.of(2024, 10, 1, 9, 30, 0);
    Path first = OutputTarget.defaultFolder(dir, "us-2024-general", now);
    Files.createDirectories(first);

    Path second = OutputTarget.defaultFolder(dir, "us-2024-general", now);

    assertThat(first.getFileName()).hasToString("us-2024-general-20241001-093000");
    assertThat(second.getFileName()).hasToString("us-2024-general-20241001-093000-2");
  }

  private static java.util.List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
