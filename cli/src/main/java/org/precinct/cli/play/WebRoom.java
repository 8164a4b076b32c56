package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;

/**
 * The state of a session played in the browser: the open stop, the option proposed and not yet
 * confirmed, and the notes; every request names the stop it is for, so a replayed, stale or forged
 * request is refused and changes nothing, and only the option proposed can be confirmed.
 */
final class WebRoom implements ChoiceSource {
  private final Map<String, String> preset;
  private final RoomNotes notes;
  private volatile Runnable changed = () -> {};
  private final List<StopPages> shown = new ArrayList<>();
  private StopPages open;
  private String proposal;
  private CompletableFuture<String> pending;
  private String status = "The simulation is running to the first decision.";
  private boolean finished;
  private List<InjectSpec> last = List.of();
  private Runnable rescored = () -> {};
  private long version;

  WebRoom(Map<String, String> preset, RoomNotes notes) {
    this.preset = Map.copyOf(preset);
    this.notes = notes;
  }

  /** Runs {@code listener} after every change, e.g. to push an update to open pages. */
  void listen(Runnable listener) {
    this.changed = listener;
  }

  @Override
  public Optional<String> choose(StopPages pages) {
    String given = preset.get(pages.stop().decision().id());
    CompletableFuture<String> choice;
    synchronized (this) {
      shown.add(pages);
      open = pages;
      proposal = null;
      if (given != null) {
        status = "Choice given in advance: " + given + ". The simulation continues.";
        choice = CompletableFuture.completedFuture(given);
      } else {
        status = "The team is deciding.";
        pending = new CompletableFuture<>();
        choice = pending;
      }
      version++;
    }
    changed.run();
    try {
      return Optional.of(choice.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  /** Proposes an option at stop {@code stop}; the controller confirms or undoes it. */
  synchronized RoomReply propose(String stop, String option) {
    RoomReply refused = refuse(stop, option);
    if (refused != null) {
      return refused;
    }
    if (proposal != null && !proposal.equals(option)) {
      return RoomReply.conflict(
          "'"
              + proposal
              + "' is already proposed at this decision; undo it before proposing another");
    }
    proposal = option;
    status = "Proposed: " + label(option) + ". Waiting for the controller to confirm.";
    return touched("proposed " + option);
  }

  /** Withdraws the proposal at stop {@code stop}. */
  synchronized RoomReply undo(String stop) {
    RoomReply refused = refuse(stop, null);
    if (refused != null) {
      return refused;
    }
    if (proposal == null) {
      return RoomReply.conflict("nothing is proposed at this decision");
    }
    proposal = null;
    status = "The team is deciding.";
    return touched("proposal withdrawn");
  }

  /** Commits the proposed option at stop {@code stop} with the team's notes. */
  synchronized RoomReply confirm(String stop, String option, String note) {
    RoomReply refused = refuse(stop, option);
    if (refused != null) {
      return refused;
    }
    if (!option.equals(proposal)) {
      return RoomReply.conflict(
          proposal == null
              ? "propose '" + option + "' before confirming it"
              : "the proposal is '" + proposal + "', not '" + option + "'");
    }
    notes.decision(open.stop().decision().id(), option, note == null ? "" : note.strip());
    CompletableFuture<String> p = pending;
    pending = null;
    proposal = null;
    status = "Recorded: " + label(option) + ". The simulation runs to the next stop.";
    touched("confirmed " + option);
    p.complete(option);
    return RoomReply.ok("recorded " + option);
  }

  /**
   * Scores how the team met an inject's expected outcome (met, partly, not-met); after the end of
   * the exercise (the last injects are scored in the hotwash) the report is written again.
   */
  RoomReply score(String injectId, String rating, String note) {
    Runnable after;
    RoomReply reply;
    synchronized (this) {
      if (!RoomNotes.RATINGS.contains(rating)) {
        return RoomReply.invalid("rating must be one of " + String.join(", ", RoomNotes.RATINGS));
      }
      boolean known = injects().stream().anyMatch(i -> i.id().equals(injectId));
      if (!known) {
        return RoomReply.invalid("no inject '" + injectId + "' has been made yet");
      }
      notes.expectation(injectId, rating, note == null ? "" : note.strip());
      after = finished ? rescored : () -> {};
      reply = touched("scored " + injectId);
    }
    after.run();
    return reply;
  }

  /** The injects made so far, in order: those before each stop shown, then the last ones. */
  private List<InjectSpec> injects() {
    List<InjectSpec> all = new ArrayList<>();
    shown.forEach(p -> p.stop().injectsSince().forEach(all::add));
    all.addAll(last);
    return all;
  }

  /**
   * Marks the end of the exercise: the pages show the debrief's links, the injects after the last
   * decision can be scored too, and {@code rescored} runs after every score from then on.
   */
  void finish(List<InjectSpec> lastInjects, Runnable rescored) {
    synchronized (this) {
      finished = true;
      open = null;
      last = List.copyOf(lastInjects);
      this.rescored = rescored;
      status = "The exercise is over. The after-action report is ready.";
      version++;
    }
    changed.run();
  }

  /** Fails a blocked choice, e.g. when the server stops before the team chose. */
  synchronized void abandon() {
    if (pending != null) {
      pending.completeExceptionally(new IllegalStateException("the room closed"));
    }
  }

  /** What the projector shows: player material only. */
  synchronized Map<String, Object> playerState() {
    Map<String, Object> s = common();
    s.put("briefing", open == null ? List.of() : open.players());
    s.put("charts", open == null ? List.of() : open.charts());
    return s;
  }

  /** What the controller's screen shows: the player material, its notes and the scores so far. */
  synchronized Map<String, Object> controllerState() {
    Map<String, Object> s = playerState();
    s.put("controller", open == null ? List.of() : open.controller());
    List<Map<String, String>> injects = new ArrayList<>();
    for (InjectSpec i : injects()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", i.id());
      row.put("title", i.title());
      row.put("expected", i.expectedOutcome());
      row.putAll(notes.score(i.id()));
      injects.add(row);
    }
    s.put("injects", injects);
    return s;
  }

  private Map<String, Object> common() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("version", version);
    s.put("status", status);
    s.put("finished", finished);
    s.put("stop", open == null ? "" : token(open));
    s.put("deciding", pending != null);
    s.put("proposal", proposal == null ? "" : proposal);
    List<Map<String, String>> options = new ArrayList<>();
    if (open != null) {
      for (DecisionOptionSpec o : open.stop().decision().options()) {
        options.add(Map.of("id", o.id(), "label", o.label()));
      }
    }
    s.put("options", options);
    return s;
  }

  private RoomReply refuse(String stop, String option) {
    if (open == null || pending == null) {
      return RoomReply.conflict("no decision is open: " + status);
    }
    if (!token(open).equals(stop)) {
      return RoomReply.conflict(
          "this request is for stop '"
              + stop
              + "' but the open decision is '"
              + token(open)
              + "'; the page was out of date and nothing was changed");
    }
    DecisionPointSpec d = open.stop().decision();
    if (option != null && d.options().noneSatisfy(o -> o.id().equals(option))) {
      return RoomReply.invalid(
          "no option '"
              + option
              + "' at "
              + d.id()
              + "; valid: "
              + d.options().collect(DecisionOptionSpec::id).makeString(", "));
    }
    return null;
  }

  private RoomReply touched(String message) {
    version++;
    changed.run();
    return RoomReply.ok(message);
  }

  private String label(String option) {
    DecisionOptionSpec o = open.stop().decision().options().detect(x -> x.id().equals(option));
    return o.label() + " (" + option + ")";
  }

  private static String token(StopPages p) {
    return (p.stop().index() + 1) + "-" + p.stop().decision().id();
  }
}
