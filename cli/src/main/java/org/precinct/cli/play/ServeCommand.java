package org.precinct.cli.play;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.cli.failure.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precinct serve FOLDER}: serves an output folder's pages, charts and PDFs read-only to a
 * browser (e.g. a finished exercise's after-action report on the projector), on this machine only
 * unless --bind says otherwise, until Enter is pressed or the input ends.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves an output folder's reports and charts to a browser.",
      "",
      "Serves the HTML reports, charts (PNG/SVG) and PDFs of an output folder, read-only, with an index page; Markdown, CSV and JSON files are not served. Stops when Enter is pressed or the input ends."
    })
public final class ServeCommand implements Callable<Integer> {
  private final InputStream input;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", description = "An output folder, e.g. of play or run.")
  private Path folder;

  @Option(
      names = "--port",
      defaultValue = "8016",
      paramLabel = "N",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDR",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String bind;

  /** A serve command that stops when {@code input} gives a line or ends. */
  public ServeCommand(InputStream input) {
    this.input = input;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException("no folder " + folder);
    }
    PrintWriter out = spec.commandLine().getOut();
    WebSession.warnIfOpen(bind, spec.commandLine().getErr());
    Path root = folder.toAbsolutePath().normalize();
    Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
    app.get("/", ctx -> ctx.html(index(root)));
    app.get("/*", ctx -> WebServer.file(ctx, root, ctx.path().substring(1)));
    app.start(bind, port);
    try {
      out.println("Serving " + root + " at " + WebSession.base(bind, app.port()) + "/");
      out.println("Press Enter (or end the input) to stop.");
      out.flush();
      new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
    } finally {
      app.stop();
    }
    return ExitCodes.OK;
  }

  private static String index(Path root) {
    List<String> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(name -> WebServer.type(name) != null)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    html.append("<title>Precinct: ")
        .append(escape(root.getFileName().toString()))
        .append("</title></head><body>");
    html.append("<h1>").append(escape(root.getFileName().toString())).append("</h1><ul>");
    for (String f : files) {
      html.append("<li><a href=\"/")
          .append(escape(f))
          .append("\">")
          .append(escape(f))
          .append("</a></li>");
    }
    return html.append("</ul></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
