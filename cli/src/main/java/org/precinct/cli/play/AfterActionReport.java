package org.precinct.cli.play;

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
 * Writes the after-action report, report.md and report.html, from their Mustache templates; HTML is
 * escaped, Markdown is written as is.
 */
final class AfterActionReport {
  private static final String TEMPLATES = "org/precinct/cli/play/";

  private AfterActionReport() {}

  /** Writes both files into {@code folder}. */
  static void write(Path folder, AfterActionView view) {
    render(
        new DefaultMustacheFactory(TEMPLATES),
        "aar.html.mustache",
        folder.resolve("report.html"),
        view);
    render(new MarkdownFactory(), "aar.md.mustache", folder.resolve("report.md"), view);
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
  private static final class MarkdownFactory extends DefaultMustacheFactory {
    MarkdownFactory() {
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
