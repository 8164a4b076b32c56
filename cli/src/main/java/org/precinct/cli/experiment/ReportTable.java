package org.precinct.cli.experiment;

import java.util.List;

/**
 * A table of a report, already formatted: a title, a sentence saying how to read it, a header and
 * rows of cells, so one template lays out every experiment's tables.
 *
 * @param title the heading
 * @param intro how to read the table
 * @param header the column names
 * @param rows the rows, each as many cells as the header
 */
public record ReportTable(String title, String intro, List<String> header, List<Row> rows) {

  /** Checks that every row has a cell per column, and copies the lists. */
  public ReportTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != header.size()) {
        throw new IllegalArgumentException(
            "table '" + title + "': a row has " + row.cells().size() + " cells for " + header);
      }
    }
  }

  /** Whether the table has rows. */
  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /** One row of formatted cells. */
  public record Row(List<String> cells) {

    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }

    /** A row of the given cells. */
    public static Row of(String... cells) {
      return new Row(List.of(cells));
    }
  }
}
