package org.precinct.cli.completion;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.precinct.cli.failure.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precinct __complete -- WORD...}: the hidden command the completion scripts call on TAB; it
 * prints the candidates for the last word, one a line, and ":files" when paths fit too.
 */
@Command(
    name = "__complete",
    hidden = true,
    description = "Prints completion candidates for the last word (used by the shell scripts).")
public final class CompleteCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "WORD",
      description = "The words after 'precinct', the last being the one to complete.")
  private List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    new LineCompleter(spec.root()).complete(words).lines().forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
