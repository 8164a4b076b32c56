package org.precinct.cli.play;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.DeliverySpec;

/**
 * One row of an imported events list, as written: its number, time text, delivery (from, to,
 * method, controller), title (the inject cell's first line), narrative (the rest), expected player
 * action and learning points; the objective column is derived from the exercise and not read back.
 *
 * @param row the row's number in the spreadsheet (the header is row 1), for messages
 */
record MselRow(
    Path file,
    long row,
    int number,
    String time,
    DeliverySpec delivery,
    String title,
    String narrative,
    String expectedOutcome,
    List<String> learningPoints) {

  /** The cells of one record, read by column name; a column the file lacks reads as empty. */
  record Cells(List<String> values, Map<String, Integer> columns) {
    String get(String column) {
      Integer i = columns.get(column);
      return i == null || i >= values.size() ? "" : values.get(i).strip();
    }
  }

  static MselRow of(Path file, long recordNumber, Cells cells) {
    long row = recordNumber;
    int number;
    try {
      number = Integer.parseInt(cells.get("number"));
    } catch (NumberFormatException e) {
      throw problem(file, row, "number", "'" + cells.get("number") + "' is not a whole number");
    }
    String inject = cells.get("inject");
    int newline = inject.indexOf('\n');
    String title = newline < 0 ? inject : inject.substring(0, newline).strip();
    String narrative = newline < 0 ? "" : inject.substring(newline + 1).strip();
    if (title.isEmpty()) {
      throw problem(file, row, "inject", "the inject needs a title on its first line");
    }
    DeliverySpec delivery =
        new DeliverySpec(
            cells.get("from"), cells.get("to"), cells.get("method"), cells.get("controller"));
    return new MselRow(
        file,
        row,
        number,
        cells.get("time"),
        delivery,
        title,
        narrative,
        cells.get("expected player action"),
        lines(cells.get("learning points")));
  }

  private static List<String> lines(String cell) {
    return Arrays.stream(cell.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A problem with one cell of this row. */
  InvalidInputException problem(String column, String message) {
    return problem(file, row, column, message);
  }

  private static InvalidInputException problem(Path file, long row, String column, String text) {
    return new InvalidInputException(
        file + " row " + row + " (as a spreadsheet numbers it), column '" + column + "': " + text);
  }
}
