package org.precinct.cli.completion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct completion [bash|zsh|fish]}: prints the completion script of one shell. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a shell completion script for bash (the default), zsh or fish.",
      "%nThe script asks precinct for candidates on every TAB, so it completes commands, options,"
          + " bundled scenario ids, files, and after --with/--without the interventions of the"
          + " scenario on the line.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(precinct completion)",
      "  source <(precinct completion zsh)",
      "  precinct completion fish | source",
      "  precinct completion fish > ~/.config/fish/completions/precinct.fish",
      "",
      "Exit codes: 0 ok, 2 a shell other than bash, zsh or fish."
    })
public final class CompletionCommand implements Callable<Integer> {

  /** The shells a script exists for. */
  static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SHELL",
      completionCandidates = ShellNames.class,
      description = "bash, zsh or fish (default: bash).")
  private String shell = "bash";

  @Override
  public Integer call() {
    if (!SHELLS.contains(shell)) {
      throw new InvalidInputException(
          "completion: no script for the shell '"
              + shell
              + "'; precinct completes bash, zsh and fish");
    }
    spec.commandLine().getOut().print(script(shell));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The completion script for {@code shell}, as shipped in the jar. */
  static String script(String shell) {
    String resource = "org/precinct/cli/completion/precinct." + shell;
    try (InputStream in = CompletionCommand.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the completion script is missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shells completion offers for SHELL. */
  static final class ShellNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ShellNames() {
      super(SHELLS);
    }
  }
}
