package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ReplicationException;
import org.precinct.engine.model.ModelInvariantException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Each failure class gets its exit code and one plain line, through the real command line with a
 * test command that throws what the engine or a command would.
 */
final class FailureExitCodesTest {
  @Command(name = "fail")
  static final class FailingCommand implements Callable<Integer> {
    private final RuntimeException failure;

    FailingCommand(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  private static CliResult failWith(RuntimeException failure, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    CommandLine cmd = Precinct.newCommandLine(outWriter, errWriter);
    cmd.addSubcommand(new FailingCommand(failure));
    cmd.setOut(outWriter).setErr(errWriter);
    String[] all = new String[args.length + 1];
    all[0] = "fail";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cmd.execute(all);
    return new CliResult(code, out.toString(), err.toString());
  }

  @Test
  void aUserMistakeIsExitCodeTwoWithOneLine() {
    CliResult result = failWith(new InvalidInputException("no such thing"));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).isEqualTo("precinct: no such thing" + System.lineSeparator());
  }

  @Test
  void aBrokenModelInvariantInsideAReplicationIsExitCodeThreeWithoutStackTrace() {
    RuntimeException failure =
        new ReplicationException(7, new ModelInvariantException("harm not conserved"));

    CliResult result = failWith(failure);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.MODEL_INVARIANT_BROKEN);
    assertThat(result.err())
        .contains("model invariant broken: harm not conserved")
        .contains("please report it")
        .doesNotContain("\tat ");
  }

  @Test
  void anyOtherErrorIsExitCodeFourWithAHintAboutStackTraces() {
    CliResult result = failWith(new IllegalStateException("wires crossed"));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err())
        .contains("internal error: IllegalStateException: wires crossed")
        .contains("--stacktrace")
        .doesNotContain("\tat ");
  }

  @Test
  void runningOutOfHeapInAReplicationSaysHowToGiveItMore() {
    RuntimeException failure = new ReplicationException(3, new OutOfMemoryError("Java heap space"));

    CliResult result = failWith(failure);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err())
        .contains("out of memory")
        .contains("PRECINCT_JAVA_OPTS=-Xmx2g")
        .doesNotContain("--stacktrace")
        .doesNotContain("\tat ");
  }

  @Test
  void theStackTraceOfAnInternalErrorIsShownWhenAskedFor() {
    CliResult result = failWith(new IllegalStateException("wires crossed"), "--stacktrace");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err()).contains("\tat ");
  }
}
