package org.precinct.cli.play;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The events list as the CSV exercise planners keep in a spreadsheet: columns number, time, inject,
 * expected outcome, objective, learning points. A cell with several lines (the inject's title then
 * its narrative, or several learning points) is one quoted CSV cell.
 */
final class MselCsv {
  /** The columns, in order, as planners name them. */
  static final List<String> COLUMNS =
      List.of("number", "time", "inject", "expected outcome", "objective", "learning points");

  private MselCsv() {}

  /** Writes the events to {@code file}, times in the scenario's zone as "yyyy-MM-dd HH:mm". */
  static void write(Path file, List<MselEvent> events, TimelineSpec timeline) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(new String[0])).get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, format)) {
      for (MselEvent e : events) {
        csv.printRecord(
            e.number(),
            PlayText.csvTime(timeline, e.atTicks()),
            e.title() + "\n" + e.narrative(),
            e.expectedOutcome(),
            String.join("\n", e.objectives()),
            String.join("\n", e.learningPoints()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rows of an events list, checking the header; a problem names file and line. */
  static List<MselRow> read(Path file) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = format.parse(reader);
      checkHeader(file, parser.getHeaderNames());
      List<MselRow> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        rows.add(MselRow.of(file, r));
      }
      return List.copyOf(rows);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException("cannot read the events list " + file + ": " + e);
    }
  }

  private static void checkHeader(Path file, List<String> header) {
    List<String> lower =
        header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    if (!lower.equals(COLUMNS)) {
      throw new InvalidInputException(
          file
              + " line 1: the columns must be "
              + String.join(", ", COLUMNS)
              + "; found "
              + String.join(", ", header));
    }
  }
}
