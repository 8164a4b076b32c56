package org.precinct.cli.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.precinct.cli.output.CsvCells;

/**
 * One tidy CSV table of an experiment: a header and one row per observation, numbers written
 * locale-free (an undefined value is an empty cell) so the bytes depend only on the results.
 */
final class CsvFile {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private CsvFile() {}

  /** Writes {@code rows} under {@code header} to {@code file}. */
  static void write(Path file, List<String> header, List<List<Object>> rows) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(header);
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as a cell, as every table writes one ({@link CsvCells#number}). */
  static String number(double value) {
    return CsvCells.number(value);
  }
}
