package org.precinct.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The finished words of a partial command line, read as picocli would: the subcommand they reach,
 * the positional arguments given to it, and the option still waiting for its value, if any.
 */
record ParsedLine(
    CommandSpec command, List<String> positionals, Optional<OptionSpec> pendingOption) {

  /** Reads {@code words} (the complete words before the one being typed) from {@code root}. */
  static ParsedLine of(CommandSpec root, List<String> words) {
    CommandSpec command = root;
    List<String> positionals = new ArrayList<>();
    OptionSpec pending = null;
    for (String word : words) {
      if (pending != null) {
        pending = null;
      } else if (positionals.isEmpty() && command.subcommands().containsKey(word)) {
        command = command.subcommands().get(word).getCommandSpec();
      } else if (word.startsWith("-") && !word.contains("=")) {
        OptionSpec option = command.findOption(word);
        pending = option != null && option.arity().max() > 0 ? option : null;
      } else if (!word.startsWith("-")) {
        positionals.add(word);
      }
    }
    return new ParsedLine(command, List.copyOf(positionals), Optional.ofNullable(pending));
  }
}
