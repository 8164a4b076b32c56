package org.precinct.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precinct.cli.console.ConsoleEnvironment;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.console.RunSummaryText;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.output.EventsSelection;
import org.precinct.cli.output.SummaryJson;
import org.precinct.cli.run.RunOutput;
import org.precinct.cli.run.RunPipeline;
import org.precinct.cli.run.RunRequest;
import org.precinct.cli.shard.PartialText;
import org.precinct.cli.shard.ShardSpec;
import org.precinct.cli.shard.ShardTask;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct run [SCENARIO]}: runs a scenario and writes its report folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs a scenario and writes a report folder.",
      "%nRuns the scenario's replications and writes an output folder with report.html and"
          + " report.md, summary.json, tidy CSV tables and the charts, then prints the headline"
          + " numbers with their 95%% confidence intervals. Without SCENARIO it runs the bundled"
          + " us-2024-general.%n"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct run",
      "  precinct run us-2024-general --replications 400 --seed 7",
      "  precinct run my-exercise.yaml --out briefing --format png,pdf",
      "  precinct run --without final-week-surge-staffing --with faster-suspension",
      "  precinct run --json --quiet > summary.json",
      "  precinct run --replications 20 --events all",
      "  precinct run --replications 1000 --shard 3/8 --out parts/shard-3",
      "",
      "Exit codes: 0 ok; 2 invalid input (nothing was written); 3 model invariant",
      "broken; 4 internal error; 130 interrupted (no folder was left behind)."
    })
public final class RunCommand implements Callable<Integer> {
  /** Beyond this many logged replications the run says events.jsonl may be large. */
  private static final int LARGE_EVENTS_LOG = 50;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description =
          "A bundled scenario id (see `precinct list`) or a YAML file"
              + " (default: us-2024-general).")
  private String scenario;

  @Mixin private ReplicationOptions replication;

  @Option(
      names = "--events",
      paramLabel = "all|N",
      converter = EventsSelection.Converter.class,
      defaultValue = "1",
      description =
          "Log every step of the first N replications (or all) into events.jsonl, each line"
              + " tagged with its replication; 0 writes no log (default: ${DEFAULT-VALUE}). About"
              + " 1 MB a replication for the bundled scenario: all of its 200 is about 200 MB.")
  private EventsSelection events;

  @Mixin private InterventionOptions interventions;
  @Mixin private OutputOptions output;
  @Mixin private ConsoleOptions console;

  @Mixin(name = "shard")
  private ShardOptions shard;

  @Override
  public Integer call() {
    ScenarioSource source = shard.load(scenario);
    RunRequest request = request(source);
    PrintWriter out = spec.commandLine().getOut();
    ConsoleEnvironment env = ConsoleEnvironment.detect();
    RunOutput result;
    int replications = request.sampling().replications();
    boolean quiet = console.quiet() || console.json();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ShardSpec> part = shard.shard();
    if (part.isPresent() && part.get().count() > replications) {
      throw new InvalidInputException(
          "--shard "
              + part.get()
              + ": "
              + part.get().count()
              + " shards for "
              + replications
              + " replications would leave shards empty; use at most "
              + replications
              + " shards");
    }
    int logged = events.count(replications);
    if (logged > LARGE_EVENTS_LOG && !quiet && part.isEmpty()) {
      err.println(
          "precinct: note: --events "
              + events
              + " logs "
              + logged
              + " replications into events.jsonl; expect about 1 MB each for a scenario the size"
              + " of us-2024-general");
    }
    try (ProgressDisplay progress =
        ProgressDisplay.open("Replications", shard.share(replications), err, env, quiet)) {
      if (part.isPresent()) {
        Instant started = Instant.now();
        ShardTask task = shard.task(part.get(), source);
        Path folder = RunPipeline.shard(request, task, progress);
        progress.close();
        PartialText.print(
            out,
            console.json(),
            console.quiet(),
            task,
            folder,
            part.get().replications(replications).length,
            replications,
            "replications",
            Duration.between(started, Instant.now()));
        return ExitCodes.OK;
      }
      result =
          shard.merging() != null
              ? RunPipeline.merge(request, shard.merging())
              : RunPipeline.execute(request, progress);
    }
    if (console.json()) {
      out.print(SummaryJson.text(result.summary()));
    } else if (console.quiet()) {
      out.println(result.folder());
    } else {
      RunSummaryText.print(
          out, result.result(), result.folder(), result.facts().duration(), env.colours());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private RunRequest request(ScenarioSource source) {
    ScenarioSpec s = source.spec();
    return new RunRequest(
        source.name(),
        s,
        source.sha256(),
        interventions.apply(s),
        new RunRequest.Sampling(
            replication.replications(s.run()), replication.seed(s.run()), replication.threads()),
        output.target(s.metadata().id()),
        output.force(),
        output.formats(),
        spec.commandLine().getParseResult().originalArgs(),
        events);
  }
}
