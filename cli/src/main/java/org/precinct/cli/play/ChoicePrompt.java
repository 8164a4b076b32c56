package org.precinct.cli.play;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;

/**
 * Gets the team's choice at a decision point: from the choices given in advance (--choose or a
 * decisions file), else by asking on the console until a valid option number or id is typed.
 */
final class ChoicePrompt implements ChoiceSource {
  private final BufferedReader in;
  private final PrintWriter out;
  private final Map<String, String> preset;
  private final TerminalText terminal;
  private final boolean echo;

  /**
   * A prompt on {@code out}; {@code echo} repeats each answer read after the prompt, for input that
   * is not typed at a terminal (a pipe or a file), so the transcript reads as a session would.
   */
  ChoicePrompt(
      BufferedReader in,
      PrintWriter out,
      Map<String, String> preset,
      TerminalText terminal,
      boolean echo) {
    this.terminal = terminal;
    this.echo = echo;
    this.in = in;
    this.out = out;
    this.preset = preset;
  }

  @Override
  public Optional<String> choose(StopPages pages) {
    return choose(pages.stop().decision());
  }

  /** The chosen option's id, or empty when the input ended before a choice was made. */
  Optional<String> choose(DecisionPointSpec decision) {
    String given = preset.get(decision.id());
    if (given != null) {
      say("Choice given in advance: " + label(decision, given) + ".");
      return Optional.of(given);
    }
    while (true) {
      out.print(
          "Team's choice for " + decision.id() + " [1-" + decision.options().size() + " or id]: ");
      out.flush();
      String line = readLine();
      if (line == null) {
        out.println();
        return Optional.empty();
      }
      if (echo) {
        out.println(line.strip());
      }
      Optional<String> option = parse(decision, line.strip());
      if (option.isPresent()) {
        return option;
      }
      if (!line.isBlank()) {
        say(
            "No option '"
                + line.strip()
                + "'; type a number from 1 to "
                + decision.options().size()
                + " or one of: "
                + decision.options().collect(DecisionOptionSpec::id).makeString(", "));
      }
    }
  }

  /** An option by its 1-based number or its id. */
  static Optional<String> parse(DecisionPointSpec decision, String text) {
    if (text.matches("\\d{1,3}")) {
      int n = Integer.parseInt(text);
      return n >= 1 && n <= decision.options().size()
          ? Optional.of(decision.options().get(n - 1).id())
          : Optional.empty();
    }
    return decision.options().anySatisfy(o -> o.id().equals(text))
        ? Optional.of(text)
        : Optional.empty();
  }

  private static String label(DecisionPointSpec decision, String id) {
    DecisionOptionSpec o = decision.options().detect(x -> x.id().equals(id));
    return o == null ? id : o.label() + " (" + id + ")";
  }

  private void say(String line) {
    terminal.wrap(line, "", "").forEach(out::println);
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
