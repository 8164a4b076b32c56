package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.command.ScenarioSource;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * An events list exported, opened and saved again by LibreOffice Calc (headless, as a planner's
 * spreadsheet would) imports back to the very same scenario. Skipped, saying so, when soffice is
 * not installed (Debian: apt-get install libreoffice-calc-nogui); docs/scripts/msel-roundtrip.sh
 * does the same check by hand through the command line.
 */
final class MselLibreOfficeRoundTripTest {
  private static final String CSV_FILTER = "44,34,76,1";

  @TempDir Path dir;

  @Test
  void anEventsListSavedByLibreOfficeImportsBackUnchanged() throws Exception {
    Path soffice = onPath("soffice");
    assumeTrue(
        soffice != null,
        "LibreOffice (soffice) is not on PATH: the MSEL round trip through a spreadsheet was not"
            + " run; install libreoffice-calc-nogui or see docs/scripts/msel-roundtrip.sh");
    ScenarioSpec scenario = ScenarioSource.load("late-influence-operation").spec();
    Path exported = dir.resolve("msel.csv");
    MselCsv.write(exported, MselEvent.of(scenario), scenario.timeline());

    Path saved = saveWithLibreOffice(soffice, exported);

    assertThat(Files.readString(saved))
        .as("LibreOffice re-wrote the file (it quotes text and adds seconds to times)")
        .isNotEqualTo(Files.readString(exported))
        .contains("Trust & safety on-call lead")
        .contains("[exercise-wide]");
    ScenarioSpec imported = MselImport.apply(scenario, MselCsv.read(saved));
    assertThat(imported).isEqualTo(scenario);
    Path again = dir.resolve("again.csv");
    MselCsv.write(again, MselEvent.of(imported), imported.timeline());
    assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
  }

  private Path saveWithLibreOffice(Path soffice, Path csv)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("saved"));
    Path profile = dir.resolve("profile");
    Process process =
        new ProcessBuilder(
                List.of(
                    soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--infilter=CSV:" + CSV_FILTER,
                    "--convert-to",
                    "csv:Text - txt - csv (StarCalc):" + CSV_FILTER,
                    "--outdir",
                    out.toString(),
                    csv.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    Path saved = out.resolve(csv.getFileName());
    assertThat(saved).as(Files.readString(dir.resolve("soffice.log"))).exists();
    return saved;
  }

  private static Path onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(folder, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
