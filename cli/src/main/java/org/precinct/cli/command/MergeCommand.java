package org.precinct.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.output.BuildInfo;
import org.precinct.cli.shard.PartialManifest;
import org.precinct.cli.shard.PartialSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precinct merge PARTIAL...}: checks that the partial folders of a sharded run belong
 * together and writes the folder the unsharded command would have written, by replaying that
 * command (as recorded in the manifests) over the partials instead of simulating.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Merges the partials of a sharded run into one output folder.",
      "",
      "Each `precinct run|compare|attribute|sweep|sensitivity|optimise ... --shard K/N` writes a partial"
          + " folder. Given all N of them, merge checks that they belong together (one scenario,"
          + " seed, design and version; every shard once) and writes the summary, tables, charts"
          + " and report the command would have written on one machine, byte-identical in"
          + " summary.json and the CSV tables.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct merge --out briefing parts/shard-*",
      "  precinct merge parts/attribution-1 parts/attribution-2 parts/attribution-3",
      "  precinct merge --out attribution parts         (every partial folder in parts/)",
      "",
      "Exit codes: 0 ok; 2 the partials do not belong together, one is missing or given twice",
      "(nothing was written); 3 model invariant broken; 4 internal error."
    })
public final class MergeCommand implements Callable<Integer> {
  private static final Map<String, Supplier<Object>> COMMANDS =
      Map.of(
          "run", RunCommand::new,
          "compare", CompareCommand::new,
          "attribute", AttributeCommand::new,
          "sweep", SweepCommand::new,
          "sensitivity", SensitivityCommand::new,
          "optimise", OptimiseCommand::new);

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PARTIAL",
      description =
          "The partial folders of every shard, in any order (a shell glob will do), or the"
              + " folder that holds them.")
  private List<Path> partials = new ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "The output folder to create (default: as the unsharded command would,"
              + " precinct-out/<scenario>-...-<yyyyMMdd-HHmmss>).")
  private Path out;

  @Option(
      names = "--force",
      description = "Replace the --out folder if it exists and holds an earlier precinct output.")
  private boolean force;

  @Mixin private ConsoleOptions console;

  @Override
  public Integer call() throws Exception {
    PartialSet set = PartialSet.open(partials, BuildInfo.current().version());
    PartialManifest manifest = set.manifest();
    Supplier<Object> factory = COMMANDS.get(manifest.command());
    if (factory == null) {
      throw new InvalidInputException(
          set.folders().get(0) + ": unknown command '" + manifest.command() + "'");
    }
    CommandLine replay = new CommandLine(factory.get());
    replay
        .setOut(spec.commandLine().getOut())
        .setErr(spec.commandLine().getErr())
        .setCaseInsensitiveEnumValuesAllowed(true);
    List<String> arguments = commandArguments(manifest);
    try {
      replay.parseArgs(arguments.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new InvalidInputException(
          set.folders().get(0)
              + ": its recorded command line no longer parses ("
              + e.getMessage()
              + ")");
    }
    CommandSpec replayed = replay.getCommandSpec();
    ((ShardOptions) replayed.mixins().get("shard").userObject()).mergeFrom(set);
    ((OutputOptions) replayed.mixins().get("output").userObject()).redirect(out, force);
    ((ConsoleOptions) replayed.mixins().get("console").userObject()).include(console);
    return ((Callable<?>) replay.getCommand()).call() instanceof Integer code ? code : 0;
  }

  /** The recorded arguments after the subcommand's name. */
  private static List<String> commandArguments(PartialManifest manifest) {
    List<String> all = manifest.arguments();
    int at = all.indexOf(manifest.command());
    return at < 0 ? all : all.subList(at + 1, all.size());
  }
}
