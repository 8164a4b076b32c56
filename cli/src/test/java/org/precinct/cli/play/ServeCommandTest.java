package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.Precinct;

/** {@code precinct serve} serves a folder's pages and charts read-only, and nothing else. */
final class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesReportsAndChartsButNotMarkdownOrFilesOutsideTheFolder() throws Exception {
    Files.writeString(dir.resolve("report.html"), "<p>the report</p>");
    Files.writeString(dir.resolve("notes.md"), "controller notes");
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/harm.svg"), "<svg/>");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PipedOutputStream console = new PipedOutputStream();
    PipedInputStream input = new PipedInputStream(console);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    String[] args = {"serve", dir.toString(), "--port", Integer.toString(port)};
    Thread server =
        new Thread(
            () ->
                exit.set(
                    Precinct.newCommandLine(
                            input, new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(args)));
    server.start();
    String base = "http://127.0.0.1:" + port;
    long end = System.nanoTime() + 20_000_000_000L;
    while (!out.toString().contains(base) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    HttpClient http = HttpClient.newHttpClient();
    try {
      assertThat(get(http, base + "/").body())
          .contains("report.html", "charts/harm.svg")
          .doesNotContain("notes.md");
      assertThat(get(http, base + "/report.html").body()).contains("the report");
      assertThat(get(http, base + "/notes.md").statusCode()).isEqualTo(404);
      // Jetty itself refuses a path that climbs out (400); the folder check answers 404 otherwise.
      assertThat(get(http, base + "/charts/../../etc/passwd.html").statusCode()).isIn(400, 404);
      assertThat(get(http, base + "/charts/%2e%2e/%2e%2e/etc/passwd.html").statusCode())
          .isIn(400, 404);
    } finally {
      console.close();
      server.join(20_000);
    }
    assertThat(exit.get()).as(err.toString()).isZero();
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
