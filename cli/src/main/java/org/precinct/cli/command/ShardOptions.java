package org.precinct.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.shard.PartialManifest;
import org.precinct.cli.shard.PartialSet;
import org.precinct.cli.shard.ShardSpec;
import org.precinct.cli.shard.ShardTask;
import org.precinct.cli.shard.Sharding;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --shard K/N} (a mixin of run, compare, attribute, sweep and sensitivity), and the other
 * side of it: when {@code precinct merge} replays a command over partial folders, the scenario
 * comes from the partials and nothing is simulated.
 */
public final class ShardOptions {
  /** Options that change how a run is executed or shown, never its numbers. */
  private static final Set<String> EXECUTION_ONLY =
      Set.of(
          "--shard",
          "--out",
          "--force",
          "--threads",
          "--quiet",
          "--json",
          "--format",
          "--help",
          "--version",
          "--stacktrace");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description =
          "Compute only shard K of N (K from 1 to N) and write a partial folder for `precinct"
              + " merge`: replications (and experiment cells) are dealt round-robin, each seeded"
              + " from the master seed and its replication index as always, so the merged result"
              + " is byte-identical to a single run. See docs/scale-out.md.")
  private String shard;

  private PartialSet merging;

  /** The shard to compute, if --shard was given (never while merging). */
  public Optional<ShardSpec> shard() {
    return merging != null || shard == null
        ? Optional.empty()
        : Optional.of(ShardSpec.parse(shard));
  }

  /** The partials being merged, or null when this is not a merge. */
  public PartialSet merging() {
    return merging;
  }

  void mergeFrom(PartialSet partials) {
    this.merging = partials;
  }

  /** The scenario: the partials' copy while merging, else as named on the command line. */
  public ScenarioSource load(String argument) {
    if (merging == null) {
      return ScenarioSource.load(argument);
    }
    PartialManifest.Scenario recorded = merging.manifest().scenario();
    Path file = merging.scenarioFile();
    ScenarioSource copy = ScenarioSource.ofFile(file, recorded.name());
    if (!copy.sha256().equals(recorded.sha256())) {
      throw new InvalidInputException(
          file
              + ": its SHA-256 is "
              + copy.sha256()
              + ", not the "
              + recorded.sha256()
              + " recorded");
    }
    return copy;
  }

  /**
   * Refuses --shard with a budget that adapts to the results (--target-ci), since which cells such
   * an experiment needs is only known as the values come in.
   */
  public void refuseAdaptive(boolean adaptive) {
    if (adaptive && shard().isPresent()) {
      throw new InvalidInputException(
          "--shard cannot be combined with --target-ci: how many replications a target needs"
              + " depends on the results; shard a fixed --replications count instead");
    }
  }

  /** The units of work ({@code total} for a whole run) that this process will do. */
  public int share(int total) {
    return shard().map(s -> s.share(total)).orElse(total);
  }

  /** How this command's runs are spread: whole, one shard, or a merge of partials. */
  public Sharding sharding(ScenarioSource source) {
    if (merging != null) {
      return new Sharding.Merge(merging);
    }
    return shard().<Sharding>map(s -> new Sharding.Part(task(s, source))).orElse(Sharding.WHOLE);
  }

  /** The task of this shard, for a partial folder's manifest. */
  public ShardTask task(ShardSpec spec, ScenarioSource source) {
    return new ShardTask(
        spec,
        mixee.name(),
        mixee.commandLine().getParseResult().originalArgs(),
        design(),
        source.name(),
        source.spec().metadata().id(),
        source.sha256(),
        source.bytes());
  }

  /**
   * Every option and parameter that shapes the numbers, with its effective value (default
   * included), sorted: equal for two shards of one run however their options were spelled. The
   * scenario is compared by hash, not by how it was named.
   */
  private List<String> design() {
    List<String> design = new ArrayList<>();
    for (OptionSpec option : mixee.options()) {
      if (!EXECUTION_ONLY.contains(option.longestName())
          && !option.usageHelp()
          && !option.versionHelp()) {
        design.add(option.longestName() + "=" + text(option));
      }
    }
    mixee.positionalParameters().stream()
        .filter(p -> !"SCENARIO".equals(p.paramLabel()))
        .forEach(p -> design.add(p.paramLabel() + "=" + text(p)));
    design.sort(null);
    return design;
  }

  private static String text(ArgSpec arg) {
    Object value = arg.getValue();
    return String.valueOf(value);
  }
}
