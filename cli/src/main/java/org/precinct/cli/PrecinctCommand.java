package org.precinct.cli;

import java.util.concurrent.Callable;
import org.precinct.cli.command.AttributeCommand;
import org.precinct.cli.command.CompareCommand;
import org.precinct.cli.command.InitCommand;
import org.precinct.cli.command.ListCommand;
import org.precinct.cli.command.MergeCommand;
import org.precinct.cli.command.OptimiseCommand;
import org.precinct.cli.command.RunCommand;
import org.precinct.cli.command.SchemaCommand;
import org.precinct.cli.command.SensitivityCommand;
import org.precinct.cli.command.ShowCommand;
import org.precinct.cli.command.SweepCommand;
import org.precinct.cli.command.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code precinct} command: it only groups the subcommands and the global options. */
@Command(
    name = "precinct",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Replays election-abuse scenarios against a provider's detection, review and enforcement"
          + " capacity, and reports how quickly misuse is caught.",
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      ListCommand.class,
      ShowCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      CompareCommand.class,
      AttributeCommand.class,
      SweepCommand.class,
      SensitivityCommand.class,
      OptimiseCommand.class,
      MergeCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct run                  run the default scenario into a report folder",
      "  precinct list                 the bundled scenarios",
      "  precinct init my-exercise     write my-exercise.yaml, a starter to edit",
      "  precinct validate my-exercise.yaml",
      "  precinct run my-exercise.yaml --replications 200 --seed 7",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken,",
      "            4 internal error, 130 interrupted."
    })
final class PrecinctCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error (for bug reports).")
  private boolean stackTrace;

  boolean stackTraceWanted() {
    return stackTrace;
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }
}
