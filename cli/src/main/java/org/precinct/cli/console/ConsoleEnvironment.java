package org.precinct.cli.console;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the process knows about who is watching: an interactive terminal, a CI job, a user who asked
 * for no colours; read once so that commands and tests can decide from one value.
 *
 * @param interactive a person is at a terminal ({@code System.console() != null})
 * @param ci the CI environment variable is set
 * @param noColor the NO_COLOR environment variable is set (https://no-color.org)
 * @param unicode the terminal encodes UTF-8, so block characters can be drawn
 */
public record ConsoleEnvironment(
    boolean interactive, boolean ci, boolean noColor, boolean unicode) {

  /** The environment of this process. */
  public static ConsoleEnvironment detect() {
    Console console = System.console();
    Map<String, String> env = System.getenv();
    boolean unicode = console != null && console.charset().equals(StandardCharsets.UTF_8);
    return new ConsoleEnvironment(
        console != null, env.containsKey("CI"), env.containsKey("NO_COLOR"), unicode);
  }

  /** Whether a progress bar should be drawn, given the user's {@code --quiet}. */
  public boolean showProgress(boolean quiet) {
    return interactive && !ci && !quiet;
  }

  /** Whether ANSI colours may be used. */
  public boolean colours() {
    return interactive && !noColor;
  }
}
