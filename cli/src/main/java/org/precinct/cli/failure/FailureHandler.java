package org.precinct.cli.failure;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.precinct.engine.model.ModelInvariantException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into a few plain lines on stderr and a named exit code, so
 * that a user's mistake never shows a stack trace.
 *
 * <p>The stack trace of an internal error is printed only when the user asked for it with {@code
 * --stacktrace}.
 */
public final class FailureHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final BooleanSupplier stackTraceWanted;

  /** A handler that prints stack traces of internal errors when the supplier says so. */
  public FailureHandler(BooleanSupplier stackTraceWanted) {
    this.stackTraceWanted = stackTraceWanted;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Failure failure = Failure.of(ex);
    for (String line : failure.lines()) {
      err.println(cmd.getColorScheme().errorText("precinct: " + line));
    }
    if (failure.bug()) {
      if (stackTraceWanted.getAsBoolean()) {
        ex.printStackTrace(err);
      } else {
        err.println("precinct: run again with --stacktrace to see where it happened.");
      }
    }
    err.flush();
    return failure.exitCode();
  }

  @Override
  public int getExitCode(Throwable exception) {
    return Failure.of(exception).exitCode();
  }

  /** What a run that ran out of Java heap prints: the cause and the remedy, no stack trace. */
  public static final List<String> OUT_OF_MEMORY =
      List.of(
          "out of memory: the Java heap is too small for this run; no output was kept.",
          "Give it more with PRECINCT_JAVA_OPTS, e.g. PRECINCT_JAVA_OPTS=-Xmx2g (see"
              + " docs/scale-out.md for measured needs).");

  /**
   * What went wrong, as the lines a user reads and the exit code a script reads; {@code bug} marks
   * an internal error whose stack trace helps a bug report.
   */
  record Failure(int exitCode, List<String> lines, boolean bug) {
    Failure(int exitCode, List<String> lines) {
      this(exitCode, lines, false);
    }

    static Failure of(Throwable ex) {
      if (ex instanceof InvalidInputException invalid) {
        return new Failure(ExitCodes.INVALID_INPUT, invalid.lines());
      }
      if (ex instanceof CommandLine.ParameterException) {
        return new Failure(ExitCodes.INVALID_INPUT, List.of(String.valueOf(ex.getMessage())));
      }
      if (FailureCauses.interrupted(ex)) {
        return new Failure(ExitCodes.INTERRUPTED, List.of("interrupted; no output was kept."));
      }
      ModelInvariantException broken = FailureCauses.invariantBroken(ex);
      if (broken != null) {
        return new Failure(
            ExitCodes.MODEL_INVARIANT_BROKEN,
            List.of(
                "model invariant broken: " + broken.getMessage(),
                "This is a bug in precinct: please report it with the scenario, seed and"
                    + " replications."));
      }
      if (FailureCauses.outOfMemory(ex)) {
        return new Failure(ExitCodes.INTERNAL_ERROR, OUT_OF_MEMORY);
      }
      return new Failure(
          ExitCodes.INTERNAL_ERROR, List.of("internal error: " + describe(ex)), true);
    }

    private static String describe(Throwable ex) {
      String message = ex.getMessage();
      String type = ex.getClass().getSimpleName();
      return message == null || message.isBlank() ? type : type + ": " + message;
    }
  }
}
