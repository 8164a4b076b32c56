package org.precinct.cli.report;

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
 * Renders report.md and report.html from their Mustache templates; HTML is escaped, Markdown is
 * written as is.
 */
public final class ReportWriter {
  /** The Markdown report's file name. */
  public static final String MARKDOWN = "report.md";

  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  private static final String TEMPLATES = "org/precinct/cli/report/";

  private ReportWriter() {}

  /** Writes both reports into {@code folder}. */
  public static void write(Path folder, ReportView view) {
    render(
        new DefaultMustacheFactory(TEMPLATES), "report.html.mustache", folder.resolve(HTML), view);
    render(new PlainMustacheFactory(), "report.md.mustache", folder.resolve(MARKDOWN), view);
  }

  private static void render(MustacheFactory factory, String template, Path file, ReportView view) {
    Mustache mustache = factory.compile(template);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      mustache.execute(writer, view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Mustache factory that does not HTML-escape, for Markdown. */
  private static final class PlainMustacheFactory extends DefaultMustacheFactory {
    PlainMustacheFactory() {
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
