package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class SlidesOutputTest {

  @TempDir Path dir;

  @Test
  void aRunWithSlidesWritesOneWidescreenPageForEveryChartOfItsReport() throws Exception {
    Path out = dir.resolve("run");

    CliResult result =
        CliResult.execute(
            "run", "-r", "3", "--format", "png,slides", "--out", out.toString(), "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    long pngs;
    try (Stream<Path> files = Files.list(out.resolve("charts"))) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).count();
    }
    try (PDDocument pdf = Loader.loadPDF(out.resolve("slides.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo((int) pngs).isGreaterThan(5);
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(960f);
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(540f);
    }
    assertThat(Files.readString(out.resolve("report.md"))).contains("slides.pdf");
  }

  @Test
  void anExperimentWithOnlySlidesWritesTheDeckAndNoChartFiles() throws Exception {
    Path out = dir.resolve("compare");

    CliResult result =
        CliResult.execute(
            "compare",
            "--mix",
            "fast:+faster-suspension",
            "-r",
            "3",
            "--format",
            "slides",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    try (PDDocument pdf = Loader.loadPDF(out.resolve("slides.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Which mix helps most?");
    }
    assertThat(out.resolve("charts")).doesNotExist();
  }

  @Test
  void anUnknownFormatNamesSlidesAmongTheValidOnes() {
    assertThat(CliResult.execute("run", "--format", "pptx").err())
        .contains("valid: png, svg, pdf, slides");
  }
}
