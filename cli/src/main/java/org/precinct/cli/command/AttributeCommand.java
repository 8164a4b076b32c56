package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.experiment.AttributionDocument;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.AttributionOptions;
import org.precinct.engine.experiment.AttributionRequest;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.PermutationSampling;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.experiment.ScenarioAttribution;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct attribute [SCENARIO]}: ranks the scenario's interventions by Shapley value. */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranks the interventions by their share of a metric.",
      "",
      "Ranks a scenario's interventions by how much of the chosen metric each accounts for: Shapley values over every subset of the interventions (exact up to --exact-limit, sampled permutations beyond), each subset run on the same replications (common random numbers), with leave-one-out and add-one-in effects, the largest interactions, and each intervention's stated cost, reviewer hours, false positives and wrongful enforcements. Writes an output folder with report.html, summary.json, CSV tables and a ranking chart."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct attribute",
      "  precinct attribute us-2024-general --replications 40",
      "  precinct attribute --interventions prompt-modifications,two-flag-cases,faster-suspension",
      "  precinct attribute --metric harm-delivered --target-ci 50 --max-replications 100",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken, 4 internal error,",
      "            130 interrupted (no folder is left behind)."
    })
public final class AttributeCommand implements Callable<Integer> {

  private static final int EXACT_REPLICATIONS = 20;
  private static final int SAMPLED_REPLICATIONS = 200;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id or a YAML file (default: us-2024-general).")
  private String scenario;

  @Option(
      names = {"-i", "--interventions"},
      paramLabel = "ID",
      split = ",",
      description = "The interventions to attribute (default: all of the scenario's).")
  private List<String> interventions = new ArrayList<>();

  @Option(
      names = "--exact-limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Attribute exactly (all 2^n subsets) up to N interventions (default: 10).")
  private int exactLimit;

  @Option(
      names = "--sampling",
      paramLabel = "KIND",
      defaultValue = "antithetic",
      description = "Permutations beyond the exact limit: plain or antithetic (default).")
  private PermutationSampling sampling;

  @Mixin private ReplicationOptions replication;
  @Mixin private ExperimentOptions experiment;
  @Mixin private OutputOptions output;
  @Mixin private ConsoleOptions console;

  @Mixin(name = "shard")
  private ShardOptions shard;

  @Override
  public Integer call() {
    ScenarioSource source = shard.load(scenario);
    ScenarioSpec s = source.spec();
    ImmutableList<String> ids = interventionIds(s);
    boolean exact = ids.size() <= exactLimit();
    int replications =
        replication.replications(
            new RunDefaultsSpec(s.run().seed(), exact ? EXACT_REPLICATIONS : SAMPLED_REPLICATIONS));
    ReplicationBudget budget = experiment.budget(replications);
    AttributionRequest request =
        new AttributionRequest(ids, experiment.metric(), budget, options(replications));
    return launcher()
        .run(
            source,
            replications,
            runs(ids.size(), exact, experiment.cap(replications)),
            "-attribution",
            (plan, listener, cells) ->
                new AttributionDocument(
                    ScenarioAttribution.run(s, plan, request, listener, cells), s));
  }

  private int exactLimit() {
    if (exactLimit < 1 || exactLimit > 16) {
      throw new InvalidInputException("--exact-limit must be between 1 and 16, got " + exactLimit);
    }
    return exactLimit;
  }

  private ImmutableList<String> interventionIds(ScenarioSpec s) {
    List<String> known = s.interventions().collect(InterventionSpec::id).castToList();
    if (known.isEmpty()) {
      throw new InvalidInputException(
          "scenario '" + s.metadata().id() + "' defines no interventions to attribute");
    }
    if (interventions.isEmpty()) {
      return Lists.immutable.withAll(known);
    }
    List<String> problems = new ArrayList<>();
    for (String id : interventions) {
      if (!known.contains(id)) {
        problems.add(
            "--interventions: the scenario has no intervention '"
                + id
                + "'"
                + NameSuggestions.didYouMean(id, known)
                + "; it has: "
                + String.join(", ", known));
      }
    }
    if (interventions.stream().distinct().count() != interventions.size()) {
      problems.add("--interventions: an intervention is named twice");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return Lists.immutable.withAll(interventions);
  }

  private AttributionOptions options(int replications) {
    return new AttributionOptions(
        Math.max(2, replications),
        exactLimit,
        Math.max(2, replications),
        sampling,
        5,
        1000,
        Estimate.DEFAULT_LEVEL);
  }

  /** The runs the progress bar expects: all subsets, or samples' prefixes plus single effects. */
  private int runs(int n, boolean exact, int replications) {
    if (exact) {
      return (1 << n) * replications;
    }
    int walks = sampling == PermutationSampling.ANTITHETIC ? 2 : 1;
    return replications * (walks * (n + 1) + 2 * n + 2);
  }

  private ExperimentLauncher launcher() {
    return new ExperimentLauncher(spec, replication, experiment, output, console, shard);
  }
}
