package org.precinct.cli.play;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.precinct.cli.console.ConsoleEnvironment;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.tabletop.DecisionStop;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.experiment.tabletop.TabletopSession;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Runs a session on the console: the controller material first, then at each decision point the
 * players' briefing (and the controller's notes when asked), the team's choice and the decisions
 * file rewritten, until the end of the exercise. The views make Markdown, written as is to the
 * folders; the console gets it as plain text wrapped to the terminal ({@link TerminalText}).
 */
final class Facilitator {
  private final PlayRequest request;
  private final PlayFolder folder;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ChoiceSource prompt;
  private final PlayerView players;
  private final ControllerView controller;
  private final TerminalText terminal;

  Facilitator(
      PlayRequest request,
      PlayFolder folder,
      ChoiceSource prompt,
      PrintWriter out,
      PrintWriter err,
      TerminalText terminal) {
    this.terminal = terminal;
    this.request = request;
    this.folder = folder;
    this.prompt = prompt;
    this.out = out;
    this.err = err;
    this.players = new PlayerView(request.scenario().timeline());
    this.controller = new ControllerView(request.scenario());
  }

  /** Plays the exercise to its end and returns it; the choices are in the decisions file. */
  ExerciseOutcome play() {
    ScenarioSpec s = request.scenario();
    folder.writeMarked(folder.controller("briefing.md"), marking(), controller.briefing());
    MselCsv.write(folder.controller("msel.csv"), MselEvent.of(s), s.timeline());
    writeDecisions(new TabletopSession(s, request.plan()));
    introduce();
    TabletopSession session = new TabletopSession(s, request.plan());
    while (session.hasNextDecision()) {
      DecisionStop stop =
          withProgress(
              session.choices().isEmpty()
                  ? new String[] {"To the decision", "Forking options"}
                  : new String[] {"Forking options"},
              session::next);
      StopPages pages = show(stop, session.schedule().size());
      String option = prompt.choose(pages).orElseThrow(() -> ended(stop));
      String label = session.choose(option).chosen().label();
      writeDecisions(session);
      print(List.of("Recorded: " + label + ". The exercise continues.", ""));
    }
    return withProgress(new String[] {"To the end"}, session::finish);
  }

  private void introduce() {
    ScenarioSpec s = request.scenario();
    List<String> lines = new ArrayList<>();
    if (!marking().isEmpty()) {
      lines.add(marking());
    }
    lines.add("# " + s.metadata().title());
    lines.add("");
    lines.add(
        s.decisionPoints().size()
            + " decision points; "
            + request.plan().replications()
            + " replications, seed "
            + request.plan().seed()
            + ". Output folder: "
            + folder.root());
    lines.add("");
    if (request.controller()) {
      lines.addAll(controller.briefing());
    }
    print(lines);
  }

  private StopPages show(DecisionStop stop, int total) {
    String heading =
        "Decision " + (stop.index() + 1) + " of " + total + ": " + stop.decision().id();
    Path dir = folder.playerStop(stop.index(), stop.decision().id());
    List<String> charts =
        SituationCharts.write(stop.situation().soFar(), dir, request.formats()).stream()
            .map(folder::relative)
            .toList();
    List<String> briefing =
        players.stop(heading, stop.decision(), stop.injectsSince(), stop.situation(), charts);
    folder.writeMarked(dir.resolve("situation.md"), marking(), briefing);
    List<String> notes = controller.stop(heading, stop);
    folder.writeMarked(folder.controllerStop(stop.index(), stop.decision().id()), marking(), notes);
    print(briefing);
    if (request.controller()) {
      print(notes);
    }
    return new StopPages(stop, briefing, notes, charts);
  }

  private InvalidInputException ended(DecisionStop stop) {
    return new InvalidInputException(
        "the input ended before a choice was made at "
            + stop.decision().id()
            + "; the choices so far are in "
            + folder.file(PlayFolder.DECISIONS)
            + " (continue with --replay)");
  }

  private void writeDecisions(TabletopSession session) {
    ScenarioSpec s = request.scenario();
    List<DecisionsFile.Entry> entries =
        session
            .choices()
            .collectWithIndex(
                (c, k) ->
                    new DecisionsFile.Entry(
                        c.decisionId(),
                        c.optionId(),
                        PlayText.clock(s.timeline(), session.decisionTime(k))))
            .castToList();
    new DecisionsFile(
            DecisionsFile.FORMAT,
            request.scenarioName(),
            s.metadata().id(),
            request.scenarioSha256(),
            request.mselSha256(),
            request.plan().seed(),
            request.plan().replications(),
            request.plan().interventions().on().toSortedList(),
            entries)
        .write(folder.file(PlayFolder.DECISIONS));
  }

  private <T> T withProgress(String[] passes, Function<ProgressListener, T> run) {
    try (PassProgress progress = new PassProgress(passes, err, ConsoleEnvironment.detect())) {
      return run.apply(progress);
    }
  }

  /** Markdown lines on the console as plain text for the terminal. */
  private void print(List<String> markdown) {
    terminal.render(markdown).forEach(out::println);
    out.flush();
  }

  private String marking() {
    return request.scenario().metadata().marking();
  }
}
