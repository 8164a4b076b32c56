package org.precinct.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One tidy CSV file being written: a header, then one row per observation, with numbers in a
 * locale-free form (an undefined value is an empty cell) so the bytes depend only on the data.
 */
final class CsvTable implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final CSVPrinter printer;

  private CsvTable(CSVPrinter printer) {
    this.printer = printer;
  }

  static CsvTable create(Path file, String... header) {
    try {
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord((Object[]) header);
      return new CsvTable(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void row(Object... cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String number(double value) {
    return CsvCells.number(value);
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
