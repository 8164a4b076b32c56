package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.experiment.OptimisationDocument;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.optimise.DecisionSpace;
import org.precinct.engine.experiment.optimise.DecisionVariable;
import org.precinct.engine.experiment.optimise.OptimiseRequest;
import org.precinct.engine.experiment.optimise.ScenarioOptimisation;
import org.precinct.engine.experiment.optimise.SearchSettings;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precinct optimise [SCENARIO]}: searches interventions, staffing and parameters under
 * constraints and a run budget, then selects the best with a stated probability (Kim and Nelson
 * 2001).
 */
@Command(
    name = "optimise",
    aliases = "optimize",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the best mix and staffing under constraints, with a stated probability.",
      "",
      "Searches the decisions (interventions on or off, the headcount of a shift or a surge"
          + " window, a parameter over values) for the best value of --metric within the bounds:"
          + " every candidate when there are at most --exhaustive-limit, else NSGA-II; all on the"
          + " same replications (common random numbers). Then the KN ranking-and-selection"
          + " procedure adds replications until the best feasible candidate is identified with"
          + " probability --confidence within the --indifference zone. Writes report.html,"
          + " summary.json, candidates.csv, pareto-front.csv and two Pareto-front charts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct optimise --max-cost-per-day 2",
      "  precinct optimise us-2024-general --staff trust-safety#1=3..7 --budget 6000",
      "  precinct optimise --constraint wrongful-enforcements<=5 --indifference 2%",
      "  precinct optimise --interventions prompt-modifications,two-flag-cases"
          + " --surge trust-safety@E-7..E+1=0..6",
      "",
      "Exit codes: 0 ok, 2 invalid input, 3 model invariant broken, 4 internal error,",
      "            130 interrupted (no folder is left behind)."
    })
public final class OptimiseCommand implements Callable<Integer> {

  private static final int FIRST_STAGE = 10;

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
      description =
          "The interventions to switch on or off (default: all of the scenario's; `none` for"
              + " none, the rest keep their default state).")
  private List<String> interventions = new ArrayList<>();

  @Option(
      names = "--staff",
      paramLabel = "QUEUE#SHIFT=LO..HI",
      description = "Headcount of a queue's shift (1 = first listed), every integer in the range.")
  private List<String> staff = new ArrayList<>();

  @Option(
      names = "--surge",
      paramLabel = "QUEUE@E-N..E+M=LO..HI",
      description = "Extra reviewers on a queue from day E-N to day E+M, every integer in range.")
  private List<String> surges = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "PATH=VALUES",
      description = "A parameter over values a,b,c or FROM:TO:STEP, set from the start.")
  private List<String> params = new ArrayList<>();

  @Option(
      names = "--second-metric",
      paramLabel = "METRIC",
      description =
          "The second Pareto front's metric beside harm against cost (default:"
              + " voters-misinformed-or-turned-away, else wrongful-enforcements).")
  private String second;

  @Option(
      names = "--max-cost-per-day",
      paramLabel = "COST",
      description = "Bound on the stated cost per day of the interventions on (exact).")
  private Double maxCostPerDay;

  @Option(
      names = "--constraint",
      paramLabel = "METRIC<=LIMIT",
      description =
          "Bound on a metric's mean (<= or >=), judged at --confidence, e.g."
              + " reviewer-hours<=2500, wrongful-enforcements<=5, sla-met-share>=0.95.")
  private List<String> constraints = new ArrayList<>();

  @Option(
      names = "--indifference",
      paramLabel = "DELTA",
      defaultValue = "1%",
      description =
          "The smallest difference worth telling apart: a share of the baseline's metric (1%%)"
              + " or an amount in its unit (default: ${DEFAULT-VALUE}).")
  private String indifference;

  @Option(
      names = "--confidence",
      paramLabel = "P",
      defaultValue = "0.95",
      description = "Probability of correct selection, and of each feasibility judgement.")
  private double confidence;

  @Option(
      names = "--budget",
      paramLabel = "RUNS",
      defaultValue = "5000",
      description = "The most simulation runs to make (default: ${DEFAULT-VALUE}).")
  private long budget;

  @Option(
      names = "--exhaustive-limit",
      paramLabel = "N",
      defaultValue = "4096",
      description = "Evaluate every candidate up to N candidates (default: ${DEFAULT-VALUE}).")
  private long exhaustiveLimit;

  @Option(
      names = "--population",
      paramLabel = "N",
      defaultValue = "24",
      description = "NSGA-II population beyond the exhaustive limit (default: ${DEFAULT-VALUE}).")
  private int population;

  @Option(
      names = "--finalists",
      paramLabel = "N",
      defaultValue = "8",
      description = "Best feasible candidates of NSGA-II that enter selection (default: 8).")
  private int finalists;

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
    if (experiment.targeted()) {
      throw new InvalidInputException(
          "optimise sets its own replications (--replications is the first stage, KN adds the"
              + " rest); --target-ci does not apply");
    }
    int firstStage = replication.replications(new RunDefaultsSpec(s.run().seed(), FIRST_STAGE));
    DecisionSpace space = new DecisionSpace(s, variables(s));
    OptimiseRequest request = request(firstStage);
    long seed = replication.seed(s.run());
    long runs =
        shard.shard().isPresent()
            ? ScenarioOptimisation.firstStageRuns(space, request, seed)
            : request.budget();
    return new ExperimentLauncher(spec, replication, experiment, output, console, shard)
        .run(
            source,
            firstStage,
            (int) Math.min(Integer.MAX_VALUE, runs),
            "-optimisation",
            (plan, listener, cells) ->
                ScenarioOptimisation.run(s, plan, space, request, listener, cells)
                    .map(summary -> new OptimisationDocument(summary, s))
                    .orElse(null));
  }

  private ImmutableList<DecisionVariable> variables(ScenarioSpec s) {
    List<String> toggles =
        interventions.isEmpty()
            ? s.interventions().collect(InterventionSpec::id).castToList()
            : interventions.equals(List.of("none")) ? List.of() : interventions;
    return new OptimiseDesign(s).variables(toggles, staff, surges, params);
  }

  private OptimiseRequest request(int firstStage) {
    if (firstStage < 5) {
      throw new InvalidInputException("--replications: the first stage needs at least 5");
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new InvalidInputException("--confidence must be between 0.5 and 1, got " + confidence);
    }
    if (budget < 1 || population < 4 || finalists < 2 || exhaustiveLimit < 1) {
      throw new InvalidInputException(
          "--budget >= 1, --population >= 4, --finalists >= 2 and --exhaustive-limit >= 1");
    }
    String text = indifference.strip();
    boolean relative = text.endsWith("%");
    double value =
        MixParser.number("--indifference", relative ? text.substring(0, text.length() - 1) : text);
    if (!(value > 0)) {
      throw new InvalidInputException("--indifference must be positive, got " + text);
    }
    return new OptimiseRequest(
        experiment.metric(),
        secondMetric(),
        OptimiseDesign.constraints(constraints),
        maxCostPerDay == null ? Double.POSITIVE_INFINITY : maxCostPerDay,
        relative ? value / 100 : value,
        relative,
        confidence,
        budget,
        new SearchSettings(firstStage, exhaustiveLimit, population, 0.6, finalists));
  }

  /** The second front's metric: as given, else voters misinformed or turned away if measured. */
  private Metric secondMetric() {
    if (second != null) {
      return OptimiseDesign.metric("--second-metric", second);
    }
    return Arrays.stream(Metric.values())
        .filter(m -> m.id().equals("voters-misinformed-or-turned-away"))
        .findFirst()
        .orElse(Metric.WRONGFUL_ENFORCEMENTS);
  }
}
