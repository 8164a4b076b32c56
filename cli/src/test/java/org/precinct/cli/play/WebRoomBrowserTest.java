package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.precinct.cli.Precinct;

/**
 * Plays the bundled exercise in a real headless Chromium: the controller proposes, undoes and
 * confirms each choice by clicking, the projector never shows controller material, forged, stale
 * and concurrent requests are refused, and the files equal those of the same choices by --choose.
 */
final class WebRoomBrowserTest {
  static final String SCENARIO = "late-influence-operation";
  static final List<String> CHOICES = List.of("network-case", "surge-four", "keep-threshold");
  static final Path SHOTS = Path.of("target/web-screenshots");
  static final List<String> CONTROLLER_ONLY =
      List.of(
          "Classifier flags climb within hours",
          "Audits and coordination link the API accounts",
          "Backlog stays inside the SLA",
          "Expected outcome",
          "expected outcome",
          "; change ",
          "better in",
          "would have",
          "Controller");

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aTeamPlaysTheBundledExerciseByClickingAndGetsTheFilesOfTheSameChoicesByChoose()
      throws Exception {
    Browser.require();
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    PipedOutputStream console = new PipedOutputStream();
    PipedInputStream input = new PipedInputStream(console);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread session =
        new Thread(
            () ->
                exit.set(
                    Precinct.newCommandLine(
                            input, new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(
                            "play",
                            SCENARIO,
                            "--replications",
                            "2",
                            "--format",
                            "png,svg",
                            "--web",
                            "--port",
                            Integer.toString(port),
                            "--out",
                            dir.resolve("web").toString())));
    session.start();
    await(() -> out.toString().contains("Controller view: " + base + "/controller"), "the server");
    ChromeDriver projector = Browser.open(dir.resolve("profile-projector"));
    ChromeDriver controller = Browser.open(dir.resolve("profile-controller"));
    try {
      projector.get(base + "/");
      controller.get(base + "/controller");
      for (int k = 0; k < CHOICES.size(); k++) {
        decide(k, CHOICES.get(k), base, projector, controller);
      }
      await(() -> !controller.findElements(By.id("report-link")).isEmpty(), "the end");
      assertThat(controller.findElement(By.id("report-pdf-link")).getAttribute("href"))
          .endsWith("/report/report.pdf");
      scoreTheLastInjectInTheHotwash(controller);
      Browser.screenshot(controller, SHOTS.resolve("web-controller-end.png"));
      controller.get(base + "/report/report.html");
      Browser.screenshot(controller, SHOTS.resolve("web-after-action.png"));
      assertThat(projector.findElement(By.id("status")).getText()).contains("exercise is over");
    } finally {
      projector.quit();
      controller.quit();
      console.close();
      session.join(60_000);
    }
    assertThat(exit.get()).as(err.toString()).isZero();
    assertSameFilesAsChoose();
  }

  private void decide(
      int k, String option, String base, ChromeDriver projector, ChromeDriver controller)
      throws Exception {
    await(() -> !controller.findElements(By.id("propose-" + option)).isEmpty(), "decision " + k);
    JsonNode state = state(base);
    String stop = state.get("stop").asText();
    await(
        () -> projector.findElement(By.id("briefing")).getText().contains("Decision " + (k + 1)),
        "projector");
    assertThat(controller.getPageSource()).contains("Classifier flags climb within hours");
    assertNoControllerText(projector);
    if (k == 0) {
      Browser.screenshot(projector, SHOTS.resolve("web-projector.png"));
      Browser.screenshot(controller, SHOTS.resolve("web-controller.png"));
    }
    HttpResponse<String> forged = post(base, "propose", Map.of("stop", stop, "option", "forged"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("no option 'forged'");
    controller.findElement(By.id("propose-" + option)).click();
    await(() -> controller.findElement(By.id("confirm")).isDisplayed(), "confirm button");
    String other =
        state.get("options").get(0).get("id").asText().equals(option)
            ? state.get("options").get(1).get("id").asText()
            : state.get("options").get(0).get("id").asText();
    HttpResponse<String> second = post(base, "propose", Map.of("stop", stop, "option", other));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("already proposed");
    HttpResponse<String> early = post(base, "confirm", Map.of("stop", stop, "option", other));
    assertThat(early.statusCode()).isEqualTo(409);
    controller.findElement(By.id("undo")).click();
    await(() -> !controller.findElement(By.id("confirm")).isDisplayed(), "undo");
    assertThat(state(base).get("proposal").asText()).isEmpty();
    controller.findElement(By.id("propose-" + option)).click();
    await(() -> controller.findElement(By.id("confirm")).isDisplayed(), "confirm button again");
    await(
        () -> projector.findElement(By.id("status")).getText().contains("Proposed"),
        "projector proposal");
    if (k == 0) {
      controller.findElement(
          By.cssSelector("[data-inject='operation-starts'][data-rating='partly']"));
      controller
          .findElement(By.id("score-note-operation-starts"))
          .sendKeys("Flags climbed; cases opened late.");
      controller
          .findElement(By.cssSelector("[data-inject='operation-starts'][data-rating='partly']"))
          .click();
      await(() -> state(base).toString().contains("partly"), "the score");
      Browser.screenshot(controller, SHOTS.resolve("web-controller-confirm.png"));
    }
    controller.findElement(By.id("note")).sendKeys("Team reasoning at decision " + (k + 1));
    controller.findElement(By.id("confirm")).click();
    await(
        () ->
            !stop.equals(state(base).get("stop").asText())
                || !state(base).get("deciding").asBoolean(),
        "commit");
    HttpResponse<String> replayed = post(base, "confirm", Map.of("stop", stop, "option", option));
    assertThat(replayed.statusCode()).isEqualTo(409);
  }

  /** The injects after the last decision are scored after the end, and reach the report. */
  private void scoreTheLastInjectInTheHotwash(ChromeDriver controller) throws Exception {
    await(() -> !controller.findElements(By.id("score-note-polls-open")).isEmpty(), "last inject");
    controller
        .findElement(By.id("score-note-polls-open"))
        .sendKeys("Backlog held; takedowns late.");
    controller
        .findElement(By.cssSelector("[data-inject='polls-open'][data-rating='not-met']"))
        .click();
    await(
        () -> {
          try {
            return Files.readString(dir.resolve("web/report.html"))
                .contains("Backlog held; takedowns late.");
          } catch (IOException e) {
            return false;
          }
        },
        "the report written again");
  }

  private void assertSameFilesAsChoose() throws IOException {
    String choose =
        "treat-as-network="
            + CHOICES.get(0)
            + ",surge-reviewers="
            + CHOICES.get(1)
            + ",stricter-threshold="
            + CHOICES.get(2);
    Console chosen =
        Console.run(
            "",
            "play",
            SCENARIO,
            "--replications",
            "2",
            "--format",
            "png,svg",
            "--out",
            dir.resolve("chosen").toString(),
            "--choose",
            choose);
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    for (String file :
        List.of(
            "decisions.json",
            "exercise.json",
            "controller/briefing.md",
            "players/01-treat-as-network/situation.md",
            "players/03-stricter-threshold/situation.md")) {
      assertThat(Files.readString(dir.resolve("web").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("chosen").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("web/report.md")))
        .contains("The team's notes: Team reasoning at decision 2")
        .contains("| Partly met | Flags climbed; cases opened late. |");
    assertThat(Files.readString(dir.resolve("web/notes.json"))).contains("\"partly\"");
    assertThat(Files.readString(dir.resolve("web/report.html")))
        .contains("The team's notes:</strong> Team reasoning at decision 3")
        .contains("<td>Partly met</td><td>Flags climbed; cases opened late.</td>")
        .contains("<td>Not met</td><td>Backlog held; takedowns late.</td>")
        .contains("<h2>Improvement plan</h2>");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("web/report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("The team's notes: Team reasoning at decision 1")
          .contains("Partly met Flags climbed; cases opened late.")
          .contains("Not met Backlog held; takedowns late.")
          .contains("Area for improvement Corrective action Owner Due date Status");
    }
  }

  private void assertNoControllerText(ChromeDriver projector) {
    String text = projector.findElement(By.tagName("body")).getText();
    assertThat(text).doesNotContain(CONTROLLER_ONLY);
  }

  private JsonNode state(String base) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/controller")).build(),
              HttpResponse.BodyHandlers.ofString());
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String base, String action, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/api/" + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < end) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException retry) {
        // the page was being redrawn; look again
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
