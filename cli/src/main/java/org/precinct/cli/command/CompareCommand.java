package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.experiment.ComparisonDocument;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ComparisonRequest;
import org.precinct.engine.experiment.ScenarioComparison;
import org.precinct.engine.experiment.ScenarioVariant;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct compare [SCENARIO] --mix ...}: mixes against a baseline, paired. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares intervention mixes with a baseline, metric by metric.",
      "",
      "Compares intervention mixes with a baseline on the same replications (common random numbers): every metric as a paired difference with its 95%% CI, Holm-adjusted p-values on the deciding metric, the share of replications in which each mix is better, and the costs beside the harm. The baseline is the scenario's default interventions, changed by --with and --without. Writes an output folder with report.html, summary.json, comparison.csv and a ranking and a harm-versus-cost frontier chart."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct compare --mix fast:+faster-suspension --mix strict:+stricter-misinfo-threshold",
      "  precinct compare --mix lean:-final-week-surge-staffing,-api-use-case-audits",
      "  precinct compare --mix staff:queues.trust-safety.staff-scale=1.5 --replications 100",
      "  precinct compare --without prompt-modifications --mix back:+prompt-modifications",
      "",
      "A mix is NAME:ITEM,ITEM... with +id (switch on), -id (switch off) or path=value (set a",
      "parameter, written as in the scenario file).",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken, 4 internal error,",
      "            130 interrupted (no folder is left behind)."
    })
public final class CompareCommand implements Callable<Integer> {

  private static final int DEFAULT_REPLICATIONS = 50;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id or a YAML file (default: us-2024-general).")
  private String scenario;

  @Option(
      names = "--mix",
      paramLabel = "NAME:ITEMS",
      required = true,
      description = "A mix to compare with the baseline (repeatable).")
  private List<String> mixes = new ArrayList<>();

  @Option(
      names = "--min-effect",
      paramLabel = "PERCENT",
      defaultValue = "5",
      description =
          "The smallest change of the deciding metric that matters in practice, as a percentage of"
              + " the baseline (default: ${DEFAULT-VALUE}); the report says whether each"
              + " difference clears it, beside whether it is significant.")
  private double minEffectPercent;

  @Mixin private InterventionOptions baseline;
  @Mixin private ReplicationOptions replication;
  @Mixin private ExperimentOptions experiment;
  @Mixin private OutputOptions output;
  @Mixin private ConsoleOptions console;

  @Mixin(name = "shard")
  private ShardOptions shard;

  @Override
  public Integer call() {
    if (!(minEffectPercent >= 0 && minEffectPercent <= 100)) {
      throw new InvalidInputException(
          "--min-effect: a percentage from 0 to 100 is needed, got " + minEffectPercent);
    }
    ScenarioSource source = shard.load(scenario);
    ScenarioSpec s = source.spec();
    InterventionSet base = baseline.apply(s);
    ImmutableList<ScenarioVariant> parsed = parse(s, base);
    int replications =
        replication.replications(new RunDefaultsSpec(s.run().seed(), DEFAULT_REPLICATIONS));
    ComparisonRequest request =
        new ComparisonRequest(
            new ScenarioVariant("baseline", "the baseline", base, Lists.immutable.empty()),
            parsed,
            experiment.metric(),
            experiment.budget(replications));
    return launcher()
        .run(
            source,
            replications,
            (parsed.size() + 1) * experiment.cap(replications),
            "-compare",
            (plan, listener, cells) ->
                new ComparisonDocument(
                    ScenarioComparison.run(s, plan, request, listener, cells),
                    s,
                    minEffectPercent / 100));
  }

  private ImmutableList<ScenarioVariant> parse(ScenarioSpec s, InterventionSet base) {
    MixParser parser = new MixParser(s);
    ImmutableList<ScenarioVariant> parsed =
        Lists.immutable.withAll(mixes).collect(m -> parser.parse(m, base));
    if (parsed.collect(ScenarioVariant::id).toSet().size() != parsed.size()
        || parsed.anySatisfy(m -> m.id().equals("baseline"))) {
      throw new InvalidInputException("--mix: every mix needs its own name, other than 'baseline'");
    }
    return parsed;
  }

  private ExperimentLauncher launcher() {
    return new ExperimentLauncher(spec, replication, experiment, output, console, shard);
  }
}
