package org.precinct.cli.completion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.precinct.cli.command.ScenarioSource;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.scenarios.BundledScenarios;
import org.precinct.scenarios.BundledScenarios.BundledScenario;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes the last word of a partial {@code precinct} command line from the picocli model:
 * subcommands, option names, an option's candidates, bundled scenario ids and files where a
 * scenario goes, and the interventions of the scenario on the line after --with/--without.
 */
final class LineCompleter {

  private static final Set<String> INTERVENTION_OPTIONS = Set.of("--with", "-w", "--without", "-W");
  private static final String SCENARIO_LABEL = "SCENARIO";

  private final CommandSpec root;

  LineCompleter(CommandSpec root) {
    this.root = root;
  }

  /** Candidates for the last of {@code words} (the words after "precinct"; the last may be ""). */
  Candidates complete(List<String> words) {
    if (words.isEmpty()) {
      return complete(List.of(""));
    }
    ParsedLine line = ParsedLine.of(root, words.subList(0, words.size() - 1));
    String current = words.get(words.size() - 1);
    Optional<OptionSpec> pending = line.pendingOption();
    if (pending.isPresent()) {
      return optionValue(pending.get(), line, current);
    }
    if (current.startsWith("-")) {
      return Candidates.of(matching(optionNames(line.command()), current));
    }
    if (!line.command().subcommands().isEmpty() && line.positionals().isEmpty()) {
      return Candidates.of(matching(subcommandNames(line.command()), current));
    }
    return positional(line, current);
  }

  private Candidates optionValue(OptionSpec option, ParsedLine line, String current) {
    if (INTERVENTION_OPTIONS.contains(option.longestName())
        || INTERVENTION_OPTIONS.contains(option.shortestName())) {
      return Candidates.of(listItems(interventionIds(line), current));
    }
    if (option.completionCandidates() != null) {
      List<String> values = new ArrayList<>();
      option.completionCandidates().forEach(values::add);
      return Candidates.of(matching(values, current));
    }
    Class<?> type = option.typeInfo().getAuxiliaryTypes()[0];
    return new Candidates(List.of(), Path.class.isAssignableFrom(type));
  }

  private Candidates positional(ParsedLine line, String current) {
    CommandSpec command = line.command();
    if (command.name().equals("help")) {
      return Candidates.of(matching(subcommandNames(command.parent()), current));
    }
    int index = line.positionals().size();
    Optional<PositionalParamSpec> param =
        command.positionalParameters().stream().filter(p -> p.index().contains(index)).findFirst();
    if (param.isEmpty()) {
      return Candidates.none();
    }
    if (param.get().completionCandidates() != null) {
      List<String> values = new ArrayList<>();
      param.get().completionCandidates().forEach(values::add);
      return Candidates.of(matching(values, current));
    }
    if (SCENARIO_LABEL.equals(param.get().paramLabel())) {
      return new Candidates(matching(scenarioIds(), current), true);
    }
    Class<?>[] types = param.get().typeInfo().getAuxiliaryTypes();
    return new Candidates(List.of(), Path.class.isAssignableFrom(types[0]));
  }

  /** The interventions of the scenario on the line (or the default one); none if it fails. */
  private static List<String> interventionIds(ParsedLine line) {
    String scenario = line.positionals().isEmpty() ? null : line.positionals().get(0);
    try {
      return ScenarioSource.load(scenario)
          .spec()
          .interventions()
          .collect(InterventionSpec::id)
          .castToList();
    } catch (RuntimeException e) {
      // a half-typed or broken scenario offers nothing rather than an error in the shell
      return List.of();
    }
  }

  /** Items of a comma-separated list: completes the part after the last comma. */
  private static List<String> listItems(List<String> values, String current) {
    int comma = current.lastIndexOf(',');
    String done = current.substring(0, comma + 1);
    List<String> typed = List.of(done.split(","));
    return matching(values, current.substring(comma + 1)).stream()
        .filter(value -> !typed.contains(value))
        .map(value -> done + value)
        .toList();
  }

  private static List<String> scenarioIds() {
    return BundledScenarios.list().stream().map(BundledScenario::id).toList();
  }

  private static List<String> optionNames(CommandSpec command) {
    return command.options().stream()
        .filter(option -> !option.hidden())
        .flatMap(option -> Stream.of(option.names()))
        .filter(name -> name.startsWith("--"))
        .toList();
  }

  private static List<String> subcommandNames(CommandSpec command) {
    return command.subcommands().entrySet().stream()
        .filter(entry -> !entry.getValue().getCommandSpec().usageMessage().hidden())
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

  private static List<String> matching(Collection<String> values, String prefix) {
    return values.stream().filter(value -> value.startsWith(prefix)).distinct().sorted().toList();
  }
}
