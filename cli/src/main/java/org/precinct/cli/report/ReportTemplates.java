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
 * Renders a report.html and report.md pair from Mustache templates, the one place every report
 * (run, experiment, after-action) goes through: HTML is escaped, Markdown is written as is.
 */
public final class ReportTemplates {
  /** The Markdown report's file name. */
  public static final String MARKDOWN = "report.md";

  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  private ReportTemplates() {}

  /**
   * Writes {@code <base>.html.mustache} and {@code <base>.md.mustache}, found on the class path
   * under {@code templates} (e.g. "org/precinct/cli/report/"), into {@code folder}.
   */
  public static void writePair(String templates, String base, Path folder, Object view) {
    render(
        new DefaultMustacheFactory(templates), base + ".html.mustache", folder.resolve(HTML), view);
    render(
        new PlainMustacheFactory(templates), base + ".md.mustache", folder.resolve(MARKDOWN), view);
  }

  private static void render(MustacheFactory factory, String template, Path file, Object view) {
    Mustache mustache = factory.compile(template);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      mustache.execute(writer, view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Mustache factory that does not HTML-escape, for Markdown. */
  private static final class PlainMustacheFactory extends DefaultMustacheFactory {
    PlainMustacheFactory(String templates) {
      super(templates);
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
