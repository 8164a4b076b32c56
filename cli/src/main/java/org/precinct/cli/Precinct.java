package org.precinct.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.precinct.cli.completion.CompleteCommand;
import org.precinct.cli.completion.CompletionCommand;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.FailureHandler;
import org.precinct.cli.failure.UsageErrorHandler;
import org.precinct.cli.play.PlayCommand;
import org.precinct.cli.play.ServeCommand;
import picocli.CommandLine;

/** The entry point of the {@code precinct} command, and the factory that wires its parser. */
public final class Precinct {
  private Precinct() {}

  /** Runs the command with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = newCommandLine(System.in, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // thrown on the command's own thread, past picocli's handler (which sees only Exceptions);
      // the staged output folder was removed on the way out
      for (String line : FailureHandler.OUT_OF_MEMORY) {
        err.println("precinct: " + line);
      }
      err.flush();
      code = ExitCodes.INTERNAL_ERROR;
    }
    System.exit(code);
  }

  /**
   * A fully wired command line writing results to {@code out} and diagnostics to {@code err}; tests
   * call {@code execute} on it and read both writers. Interactive commands read an empty input.
   */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    return newCommandLine(InputStream.nullInputStream(), out, err);
  }

  /**
   * A fully wired command line whose interactive commands ({@code play}) read {@code in}, so tests
   * can type a session's answers.
   */
  public static CommandLine newCommandLine(InputStream in, PrintWriter out, PrintWriter err) {
    PrecinctCommand root = new PrecinctCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.addSubcommand("play", new PlayCommand(in));
    cmd.addSubcommand("serve", new ServeCommand(in));
    cmd.addSubcommand("completion", new CompletionCommand());
    cmd.addSubcommand("__complete", new CompleteCommand());
    cmd.addSubcommand("help", new CommandLine.HelpCommand());
    versions(cmd);
    FailureHandler failures = new FailureHandler(root::stackTraceWanted);
    cmd.setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setExitCodeExceptionMapper(failures)
        .setParameterExceptionHandler(new UsageErrorHandler());
    HelpLayout.apply(cmd, System.getenv());
    return cmd;
  }

  /** Every command answers --version as the root does ({@code precinct run --version}). */
  private static void versions(CommandLine cmd) {
    cmd.getCommandSpec().versionProvider(new VersionProvider());
    cmd.getSubcommands().values().forEach(Precinct::versions);
  }
}
