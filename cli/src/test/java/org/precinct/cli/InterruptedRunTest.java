package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class InterruptedRunTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  private String[] longRun(Path out, String threads) {
    return new String[] {
      "run", "--replications", "20000", "--threads", threads, "--quiet", "--out", out.toString()
    };
  }

  @Test
  void anInterruptedRunExitsWith130AndLeavesNoFolderBehind() throws Exception {
    for (String threads : List.of("1", "2")) {
      Path parent = Files.createDirectories(dir.resolve("threads-" + threads));
      AtomicReference<CliResult> result = new AtomicReference<>();
      Thread runner =
          new Thread(() -> result.set(CliResult.execute(longRun(parent.resolve("out"), threads))));
      runner.start();
      awaitStagingFolder(parent);

      runner.interrupt();
      runner.join(PATIENCE.toMillis());

      assertThat(runner.isAlive()).isFalse();
      assertThat(result.get().exitCode()).as(threads).isEqualTo(ExitCodes.INTERRUPTED);
      assertThat(result.get().err()).contains("interrupted").doesNotContain("\tat ");
      assertThat(RunCommandTest.names(parent)).as(threads).isEmpty();
    }
  }

  @Test
  void aTerminatedProcessRemovesItsStagingFolderOnTheWayOut() throws Exception {
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Precinct.class.getName()));
    command.addAll(List.of(longRun(out, "1")));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      awaitStagingFolder(dir);

      process.destroy();
      assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(RunCommandTest.names(dir)).isEmpty();
  }

  private static void awaitStagingFolder(Path parent) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (RunCommandTest.names(parent).stream().anyMatch(n -> n.contains(".partial-"))) {
        Thread.sleep(300);
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the run never started writing under " + parent);
  }
}
