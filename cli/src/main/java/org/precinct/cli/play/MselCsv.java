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
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.DeliverySpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The master scenario events list (MSEL) as exercise planners keep it in a spreadsheet, with the
 * HSEEP columns: number, time, from, to, method, inject, expected player action, controller,
 * objective, learning points. A cell with several lines (the inject's title then its narrative, or
 * several learning points) is one quoted CSV cell. Columns are read by name, in any order.
 */
final class MselCsv {
  /** The columns, in order, as planners name them. */
  static final List<String> COLUMNS =
      List.of(
          "number",
          "time",
          "from",
          "to",
          "method",
          "inject",
          "expected player action",
          "controller",
          "objective",
          "learning points");

  /** The columns a file must have; the others may be left out. */
  static final List<String> REQUIRED = List.of("number", "time", "inject");

  /** Earlier names of columns, still read: the first events lists said "expected outcome". */
  private static final Map<String, String> ALIASES =
      Map.of("expected outcome", "expected player action");

  private MselCsv() {}

  /**
   * Writes the events to {@code file}, times in the scenario's zone as "yyyy-MM-dd HH:mm" and a
   * state-triggered event's condition in words instead of (or after) a time.
   */
  static void write(Path file, List<MselEvent> events, TimelineSpec timeline) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(new String[0])).get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, format)) {
      for (MselEvent e : events) {
        DeliverySpec d = e.delivery();
        csv.printRecord(
            e.number(),
            e.timeCell(timeline),
            d.from(),
            d.to(),
            d.method(),
            e.title() + "\n" + e.narrative(),
            e.expectedOutcome(),
            d.controller(),
            String.join("\n", e.objectives()),
            String.join("\n", e.learningPoints()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the rows of an events list, checking the header; a problem names the file and the
   * spreadsheet row (the header is row 1), not the CSV line, which a multi-line cell moves on.
   */
  static List<MselRow> read(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = format.parse(reader);
      List<MselRow> rows = new ArrayList<>();
      Map<String, Integer> columns = null;
      for (CSVRecord r : parser) {
        if (columns == null) {
          columns = columns(file, r.toList());
        } else if (!r.toList().stream().allMatch(String::isBlank)) {
          rows.add(MselRow.of(file, r.getRecordNumber(), new MselRow.Cells(r.toList(), columns)));
        }
      }
      if (columns == null) {
        throw new InvalidInputException(file + ": the events list is empty");
      }
      return List.copyOf(rows);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException("cannot read the events list " + file + ": " + e);
    }
  }

  /** The index of each known column by its name, refusing unknown and missing ones. */
  private static Map<String, Integer> columns(Path file, List<String> header) {
    Map<String, Integer> index = new java.util.HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      name = ALIASES.getOrDefault(name, name);
      if (COLUMNS.contains(name)) {
        index.put(name, i);
      } else if (!name.isEmpty()) {
        unknown.add(header.get(i));
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      throw new InvalidInputException(
          file
              + " row 1: the columns must be "
              + String.join(", ", COLUMNS)
              + " (number, time and inject required); found "
              + String.join(", ", header));
    }
    return Map.copyOf(index);
  }
}
