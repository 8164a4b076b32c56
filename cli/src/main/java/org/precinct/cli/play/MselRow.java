package org.precinct.cli.play;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.precinct.cli.failure.InvalidInputException;

/**
 * One row of an imported events list, as written: its number, time text, title (the inject cell's
 * first line), narrative (the rest), expected outcome and learning points; the objective column is
 * derived from the modules and is not read back.
 *
 * @param line the row's line in the file, for messages
 */
record MselRow(
    Path file,
    long line,
    int number,
    String time,
    String title,
    String narrative,
    String expectedOutcome,
    List<String> learningPoints) {

  static MselRow of(Path file, CSVRecord r) {
    long line = r.getParser().getCurrentLineNumber();
    if (r.size() != MselCsv.COLUMNS.size()) {
      throw problem(file, line, "number", "expected 6 cells, found " + r.size());
    }
    int number;
    try {
      number = Integer.parseInt(r.get(0).strip());
    } catch (NumberFormatException e) {
      throw problem(file, line, "number", "'" + r.get(0) + "' is not a whole number");
    }
    String inject = r.get(2).strip();
    int newline = inject.indexOf('\n');
    String title = newline < 0 ? inject : inject.substring(0, newline).strip();
    String narrative = newline < 0 ? "" : inject.substring(newline + 1).strip();
    if (title.isEmpty()) {
      throw problem(file, line, "inject", "the inject needs a title on its first line");
    }
    return new MselRow(
        file, line, number, r.get(1).strip(), title, narrative, r.get(3).strip(), lines(r.get(5)));
  }

  private static List<String> lines(String cell) {
    return Arrays.stream(cell.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A problem with one cell of this row. */
  InvalidInputException problem(String column, String message) {
    return problem(file, line, column, message);
  }

  private static InvalidInputException problem(Path file, long line, String column, String text) {
    return new InvalidInputException(file + " line " + line + ", column '" + column + "': " + text);
  }
}
