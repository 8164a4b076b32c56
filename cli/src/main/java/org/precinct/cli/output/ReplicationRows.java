package org.precinct.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.precinct.engine.experiment.tabletop.ObjectiveTally;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;

/**
 * replications.csv written while the run goes on: one row per replication and metric, in
 * replication order, so no replication's outcome has to be kept in memory.
 */
public final class ReplicationRows implements Consumer<ReplicationOutcome>, AutoCloseable {
  /** The file name inside the output folder. */
  public static final String FILE = "replications.csv";

  private final CsvTable table;

  private ReplicationRows(CsvTable table) {
    this.table = table;
  }

  /** Starts replications.csv in {@code folder}. */
  public static ReplicationRows open(Path folder) {
    return new ReplicationRows(
        CsvTable.create(folder.resolve(FILE), "replication", "metric", "value", "unit"));
  }

  @Override
  public void accept(ReplicationOutcome outcome) {
    for (Metric metric : Metric.values()) {
      table.row(
          outcome.replication(),
          metric.id(),
          CsvTable.number(outcome.value(metric)),
          metric.unit());
    }
  }

  /**
   * Reads a replications.csv back into {@code tally}, replication by replication (a merge of shards
   * assesses the objectives from the merged rows, which hold ten significant digits: only a value
   * within that rounding of an objective's target could be judged otherwise than in one run).
   */
  public static void read(Path file, ObjectiveTally tally) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int perReplication = Metric.values().length;
    double[] values = new double[perReplication];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      int slot = (i - 1) % perReplication;
      Metric metric = Metric.values()[slot];
      if (cells.length != 4 || !cells[1].equals(metric.id())) {
        throw new IllegalStateException(
            file + ":" + (i + 1) + ": expected a row of metric " + metric.id());
      }
      values[slot] = cells[2].isEmpty() ? Double.NaN : Double.parseDouble(cells[2]);
      if (slot == perReplication - 1) {
        tally.record(Integer.parseInt(cells[0]), m -> values[m.ordinal()]);
      }
    }
  }

  @Override
  public void close() {
    table.close();
  }
}
