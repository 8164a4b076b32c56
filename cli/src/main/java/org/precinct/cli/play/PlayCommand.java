package org.precinct.cli.play;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precinct.cli.command.InterventionOptions;
import org.precinct.cli.command.OutputOptions;
import org.precinct.cli.command.ReplicationOptions;
import org.precinct.cli.command.ScenarioSource;
import org.precinct.cli.console.ConsoleEnvironment;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.output.BuildInfo;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precinct play [SCENARIO]}: the facilitator console of a tabletop exercise. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Plays a scenario as a tabletop exercise with a team.",
      "",
      "Plays a scenario as a tabletop exercise: runs the replications to each decision point, shows the situation so far and the injects, asks for the team's choice, and writes a players/ and a controller/ folder, the decisions file and an after-action report. At each decision every option is run from the same state with the same random numbers; only the controller sees those outcomes before the choice (--controller on the console)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  precinct play my-exercise.yaml --controller",
      "  precinct play my-exercise.yaml --choose staffing=surge,flags=hold,suspension=faster",
      "  precinct play --replay precinct-out/my-exercise-play-20241105-0900/decisions.json",
      "  precinct play my-exercise.yaml --export-msel msel.csv",
      "",
      "Exit codes: 0 ok, 2 invalid input (or the input ended before a choice), 3 model",
      "            invariant broken, 4 internal error."
    })
public final class PlayCommand implements Callable<Integer> {
  private final InputStream input;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "A bundled scenario id or a YAML file (default: the decisions file's).")
  private String scenario;

  @Option(
      names = "--choose",
      split = ",",
      paramLabel = "DECISION=OPTION",
      description = "Choices made in advance; decisions not listed are asked on the console.")
  private Map<String, String> choose = new LinkedHashMap<>();

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description = "Replay a session from its decisions.json (same scenario, seed, replications).")
  private Path replay;

  @Option(
      names = "--controller",
      description = "Show the controller's material on the console too (events list, outcomes).")
  private boolean controller;

  @Option(names = "--msel", paramLabel = "CSV", description = "Import an edited events list.")
  private Path msel;

  @Option(
      names = "--export-msel",
      paramLabel = "CSV",
      description = "Write the events list (MSEL) as CSV and stop.")
  private Path exportMsel;

  @Option(
      names = "--web",
      description =
          "Play in the browser: a projector view at / and a controller view at /controller.")
  private boolean web;

  @Option(
      names = "--port",
      defaultValue = "8016",
      paramLabel = "N",
      description = "The web server's port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description =
          "The address the web server listens on (default: ${DEFAULT-VALUE}, this machine only).")
  private String bind;

  @Mixin private ReplicationOptions replication;
  @Mixin private InterventionOptions interventions;
  @Mixin private OutputOptions output;

  /** A play command reading the team's choices from {@code input}. */
  public PlayCommand(InputStream input) {
    this.input = input;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!choose.isEmpty() && replay != null) {
      throw new InvalidInputException("--choose and --replay cannot be combined");
    }
    DecisionsFile recorded = replay == null ? null : DecisionsFile.read(replay);
    ScenarioSource source =
        ScenarioSource.load(scenario != null || recorded == null ? scenario : recorded.scenario());
    ScenarioSpec s = source.spec();
    String mselSha = "";
    if (msel != null) {
      s = MselImport.apply(s, MselCsv.read(msel));
      mselSha = sha256(msel);
    }
    if (exportMsel != null) {
      MselCsv.write(exportMsel, MselEvent.of(s), s.timeline());
      out.println("Events list written to " + exportMsel);
      return ExitCodes.OK;
    }
    PlayRequest request = request(source, s, mselSha, recorded);
    PlayFolder folder = PlayFolder.create(request.target(), request.force());
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    TerminalText terminal = TerminalText.of(System.getenv());
    if (web) {
      new WebSession(request, folder, bind, port)
          .run(reader, out, spec.commandLine().getErr(), terminal);
      return ExitCodes.OK;
    }
    ChoicePrompt prompt =
        new ChoicePrompt(
            reader, out, request.preset(), terminal, !ConsoleEnvironment.detect().interactive());
    ExerciseOutcome outcome =
        new Facilitator(request, folder, prompt, out, spec.commandLine().getErr(), terminal).play();
    RoomNotes notes =
        replay == null
            ? new RoomNotes(folder.file(RoomNotes.FILE))
            : RoomNotes.replayed(
                replay.resolveSibling(RoomNotes.FILE), folder.file(RoomNotes.FILE));
    new Debrief(request, folder, notes).write(outcome, out, terminal);
    return ExitCodes.OK;
  }

  private PlayRequest request(
      ScenarioSource source, ScenarioSpec s, String mselSha, DecisionsFile recorded) {
    Map<String, String> preset = recorded == null ? choose : recorded.choicesById();
    RunPlan plan = recorded == null ? fromOptions(s) : fromRecord(s, source, mselSha, recorded);
    PresetChoices.check(s, preset, recorded == null ? "--choose" : replay.toString());
    plan =
        plan.withThreads(replication.threads())
            .withVariant("played")
            .withProvenance(source.sha256(), BuildInfo.current().version());
    return new PlayRequest(
        source.name(),
        s,
        source.sha256(),
        mselSha,
        plan,
        preset,
        controller,
        output.target(s.metadata().id() + "-play"),
        output.force(),
        output.formats());
  }

  private RunPlan fromOptions(ScenarioSpec s) {
    return RunPlan.defaults(s)
        .withInterventions(interventions.apply(s))
        .withSeed(replication.seed(s.run()))
        .withReplications(replication.replications(s.run()));
  }

  private RunPlan fromRecord(
      ScenarioSpec s, ScenarioSource source, String mselSha, DecisionsFile recorded) {
    for (String fixed : List.of("--replications", "--seed", "--with", "--without")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(fixed)) {
        throw new InvalidInputException(
            fixed + " cannot be used with --replay: the decisions file fixes it");
      }
    }
    if (!recorded.scenarioSha256().equals(source.sha256())
        || !recorded.mselSha256().equals(mselSha)) {
      throw new InvalidInputException(
          "the scenario (or its imported events list) is not the one the session in "
              + replay
              + " was played with (SHA-256 "
              + recorded.scenarioSha256()
              + "); replaying it would not reproduce the session");
    }
    InterventionSet on = InterventionSet.of(recorded.interventions().toArray(new String[0]));
    on.on()
        .reject(id -> s.interventions().anySatisfy(i -> i.id().equals(id)))
        .forEach(
            id -> {
              throw new InvalidInputException(
                  replay + ": the scenario has no intervention '" + id + "'");
            });
    return RunPlan.defaults(s)
        .withInterventions(on)
        .withSeed(recorded.seed())
        .withReplications(recorded.replications());
  }

  private static String sha256(Path file) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
