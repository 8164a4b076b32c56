package org.precinct.cli;

import java.io.PrintWriter;
import org.precinct.cli.failure.FailureHandler;
import org.precinct.cli.failure.UsageErrorHandler;
import picocli.AutoComplete;
import picocli.CommandLine;

/** The entry point of the {@code precinct} command, and the factory that wires its parser. */
public final class Precinct {
  private Precinct() {}

  /** Runs the command with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(newCommandLine(out, err).execute(args));
  }

  /**
   * A fully wired command line writing results to {@code out} and diagnostics to {@code err}; tests
   * call {@code execute} on it and read both writers.
   */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    PrecinctCommand root = new PrecinctCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.addSubcommand("completion", completionCommand());
    FailureHandler failures = new FailureHandler(root::stackTraceWanted);
    cmd.setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setExecutionExceptionHandler(failures)
        .setExitCodeExceptionMapper(failures)
        .setParameterExceptionHandler(new UsageErrorHandler());
    return cmd;
  }

  private static CommandLine completionCommand() {
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().name("completion");
    completion
        .getCommandSpec()
        .usageMessage()
        .description(
            "Prints a bash/zsh completion script.",
            "%nLoad it in the current shell with: source <(precinct completion)%n")
        .hidden(false);
    return completion;
  }
}
