package org.precinct.engine.result;

/**
 * One replication's value of a measure for one group of a breakdown table (e.g. table "parity",
 * group "party-a", measure "legitimate-refusal-rate"), for the breakdowns whose groups a scenario
 * defines, so they aggregate with CIs like the metrics without a metric per group.
 */
public record GroupValue(String table, String group, String measure, double value) {
  public GroupValue {
    if (table.isEmpty() || group.isEmpty() || measure.isEmpty()) {
      throw new IllegalArgumentException("a group value needs a table, a group and a measure");
    }
  }

  /** The key the aggregate folds it under. */
  String key() {
    return table + "/" + group + "/" + measure;
  }
}
