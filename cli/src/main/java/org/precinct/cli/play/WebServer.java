package org.precinct.cli.play;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The embedded web server of a session (Javalin on Jetty): the projector page at {@code /}, the
 * controller page at {@code /controller}, their state as JSON, a server-sent event stream that
 * tells open pages to refresh, the players' chart files, and the controller's actions as POSTs.
 * Player routes never read controller material.
 */
final class WebServer implements AutoCloseable {
  private final Javalin app;
  private final ConcurrentLinkedQueue<SseClient> clients = new ConcurrentLinkedQueue<>();

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts a server for {@code room} serving files of {@code folder} on {@code host:port}. */
  static WebServer start(WebRoom room, Path folder, String host, int port) {
    Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
    WebServer server = new WebServer(app);
    room.listen(server::broadcast);
    app.get("/", ctx -> page(ctx, "projector.html"));
    app.get("/controller", ctx -> page(ctx, "controller.html"));
    app.get("/room.js", ctx -> page(ctx, "room.js"));
    app.get("/room.css", ctx -> page(ctx, "room.css"));
    app.get("/api/player", ctx -> ctx.json(room.playerState()));
    app.get("/api/controller", ctx -> ctx.json(room.controllerState()));
    app.get("/players/*", ctx -> file(ctx, folder.resolve("players"), ctx.path().substring(9)));
    app.get("/report/*", ctx -> file(ctx, folder, ctx.path().substring(8)));
    app.post(
        "/api/propose",
        ctx -> reply(ctx, room.propose(ctx.formParam("stop"), ctx.formParam("option"))));
    app.post("/api/undo", ctx -> reply(ctx, room.undo(ctx.formParam("stop"))));
    app.post(
        "/api/confirm",
        ctx ->
            reply(
                ctx,
                room.confirm(
                    ctx.formParam("stop"), ctx.formParam("option"), ctx.formParam("note"))));
    app.post(
        "/api/score",
        ctx ->
            reply(
                ctx,
                room.score(
                    ctx.formParam("inject"), ctx.formParam("rating"), ctx.formParam("note"))));
    app.sse(
        "/events",
        client -> {
          client.keepAlive();
          client.onClose(() -> server.clients.remove(client));
          server.clients.add(client);
          client.sendEvent("update", "hello");
        });
    app.start(host, port);
    return server;
  }

  int port() {
    return app.port();
  }

  /** Tells every open page to fetch the state again. */
  void broadcast() {
    for (SseClient c : clients) {
      if (c.terminated()) {
        clients.remove(c);
      } else {
        c.sendEvent("update", "changed");
      }
    }
  }

  @Override
  public void close() {
    clients.forEach(SseClient::close);
    app.stop();
  }

  private static void reply(Context ctx, RoomReply r) {
    ctx.status(r.status()).json(Map.of("ok", r.status() == 200, "message", r.message()));
  }

  private static void page(Context ctx, String name) throws IOException {
    ContentType type =
        name.endsWith(".js")
            ? ContentType.TEXT_JS
            : name.endsWith(".css") ? ContentType.TEXT_CSS : ContentType.TEXT_HTML;
    try (InputStream in = WebServer.class.getResourceAsStream("web/" + name)) {
      ctx.contentType(type).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Serves a chart, page or PDF under {@code root}; anything else, or outside it, is a 404. */
  static void file(Context ctx, Path root, String relative) {
    Path base = root.toAbsolutePath().normalize();
    Path p = base.resolve(relative).normalize();
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    ContentType type = type(name);
    if (!p.startsWith(base) || type == null || !Files.isRegularFile(p)) {
      ctx.status(404).result("not found");
      return;
    }
    try {
      ctx.contentType(type).result(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContentType type(String name) {
    if (name.endsWith(".png")) {
      return ContentType.IMAGE_PNG;
    }
    if (name.endsWith(".svg")) {
      return ContentType.IMAGE_SVG;
    }
    if (name.endsWith(".html")) {
      return ContentType.TEXT_HTML;
    }
    if (name.endsWith(".pdf")) {
      return ContentType.APPLICATION_PDF;
    }
    return null;
  }
}
