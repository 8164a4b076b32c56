package org.precinct.cli.output;

import java.nio.file.Path;
import java.util.function.Consumer;
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

  @Override
  public void close() {
    table.close();
  }
}
