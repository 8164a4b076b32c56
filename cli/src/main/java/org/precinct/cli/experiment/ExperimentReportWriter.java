package org.precinct.cli.experiment;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders an experiment's report.md and report.html from their Mustache templates, with the same
 * file names and look as a run's report; HTML is escaped, Markdown written as is.
 */
final class ExperimentReportWriter {

  static final String MARKDOWN = "report.md";
  static final String HTML = "report.html";

  private static final String TEMPLATES = "org/precinct/cli/experiment/";

  private ExperimentReportWriter() {}

  static void write(Path folder, ExperimentReport report) {
    render(
        new DefaultMustacheFactory(TEMPLATES),
        "experiment.html.mustache",
        folder.resolve(HTML),
        report);
    render(new PlainFactory(), "experiment.md.mustache", folder.resolve(MARKDOWN), report);
  }

  private static void render(
      MustacheFactory factory, String template, Path file, ExperimentReport report) {
    Mustache mustache = factory.compile(template);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      mustache.execute(writer, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A factory that does not HTML-escape, for Markdown. */
  private static final class PlainFactory extends DefaultMustacheFactory {
    PlainFactory() {
      super(TEMPLATES);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
