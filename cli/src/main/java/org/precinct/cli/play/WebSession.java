package org.precinct.cli.play;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;

/**
 * {@code play --web}: starts the web room, plays the session with the choices made in the browser,
 * writes the debrief, and keeps the pages served until the console input ends or Enter is pressed.
 */
final class WebSession {
  private final PlayRequest request;
  private final PlayFolder folder;
  private final String bind;
  private final int port;

  WebSession(PlayRequest request, PlayFolder folder, String bind, int port) {
    this.request = request;
    this.folder = folder;
    this.bind = bind;
    this.port = port;
  }

  void run(BufferedReader in, PrintWriter out, PrintWriter err, TerminalText terminal) {
    RoomNotes notes = new RoomNotes(folder.file(RoomNotes.FILE));
    WebRoom room = new WebRoom(request.preset(), notes);
    try (WebServer server = WebServer.start(room, folder.root(), bind, port)) {
      warnIfOpen(bind, err);
      String base =
          "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port();
      out.println("Projector view: " + base + "/");
      out.println("Controller view: " + base + "/controller");
      out.println();
      out.flush();
      ExerciseOutcome outcome = new Facilitator(request, folder, room, out, err, terminal).play();
      Debrief debrief = new Debrief(request, folder, notes);
      debrief.write(outcome, out, terminal);
      room.finish(
          outcome.injectsAfterLastDecision().castToList(), () -> debrief.rewriteReport(outcome));
      out.println("The pages stay served until Enter is pressed or the input ends.");
      out.flush();
      in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      room.abandon();
    }
  }

  /** Warns on the console when {@code bind} is reachable from other machines. */
  static void warnIfOpen(String bind, PrintWriter err) {
    boolean local;
    try {
      local = InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new InvalidInputException("--bind: unknown address '" + bind + "'");
    }
    if (!local) {
      err.println(
          "warning: the web server listens on "
              + bind
              + ": anyone who can reach this machine can open its pages (and, in play, choose)");
      err.flush();
    }
  }

  /** The address to print for a server on {@code bind} and {@code port}. */
  static String base(String bind, int port) {
    return "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port;
  }
}
