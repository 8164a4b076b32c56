package org.precinct.cli.command;

import picocli.CommandLine.Option;

/** What a run prints on the terminal: a progress bar and a text summary, or JSON (a mixin). */
public final class ConsoleOptions {
  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar, and only the output folder's path on stdout.")
  private boolean quiet;

  @Option(
      names = "--json",
      description = "Print the summary as JSON (the content of summary.json) instead of text.")
  private boolean json;

  /** Adds the choices of {@code other} (merge's own) to these (the replayed command's). */
  void include(ConsoleOptions other) {
    quiet |= other.quiet;
    json |= other.json;
  }

  boolean quiet() {
    return quiet;
  }

  boolean json() {
    return json;
  }
}
