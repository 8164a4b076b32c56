package org.precinct.engine.experiment;

/**
 * Which (variant, replication) cells of an experiment this process simulates. Cells are numbered in
 * the order the experiment first asks for them, which depends only on its design (never on values
 * when the replication count is fixed), so every process running the same experiment numbers them
 * alike:
 *
 * <ul>
 *   <li>{@link All}: simulate every cell (a run on one machine);
 *   <li>{@link Shard}: simulate only the cells whose number is {@code index} modulo {@code count},
 *       handing each to a sink, and give the experiment stand-in values for the rest (its own
 *       analysis is then meaningless and is discarded: the shard's product is its cells);
 *   <li>{@link Replay}: simulate nothing and take every cell from the shards' cells, so the
 *       experiment's analysis sees exactly the values a single machine would have computed;
 *   <li>{@link Resume}: take the first cells from the shards and simulate the rest, for an
 *       experiment whose later cells depend on values (an optimisation's adaptive stages): the
 *       shards compute its fixed first stage and the merge finishes it, exactly as one machine.
 * </ul>
 */
public sealed interface CellMode {
  /** Simulate every cell. */
  CellMode ALL = new All();

  /** Every cell simulated here. */
  record All() implements CellMode {}

  /**
   * Shard {@code index} (0-based) of {@code count}: simulates the cells numbered {@code index}
   * modulo {@code count}.
   */
  record Shard(int index, int count, CellSink sink) implements CellMode {
    public Shard {
      if (count < 1 || index < 0 || index >= count) {
        throw new IllegalArgumentException("shard " + index + " of " + count);
      }
    }

    boolean owns(long cellNumber) {
      return cellNumber % count == index;
    }
  }

  /** Every cell taken from {@code source}. */
  record Replay(CellSource source) implements CellMode {}

  /** Cells numbered below {@code recorded} taken from {@code source}, every later one simulated. */
  record Resume(CellSource source, long recorded) implements CellMode {
    public Resume {
      if (recorded < 0) {
        throw new IllegalArgumentException("recorded cells must be >= 0, was " + recorded);
      }
    }
  }

  /** Receives the cells a shard simulated, on the experiment's thread, in cell-number order. */
  @FunctionalInterface
  interface CellSink {
    /** One simulated cell: every metric by ordinal. */
    void accept(long cellNumber, long variant, int replication, double[] metricValues);
  }

  /** Supplies cells simulated elsewhere. */
  @FunctionalInterface
  interface CellSource {
    /**
     * The metric values of a cell.
     *
     * @throws IllegalStateException if no shard holds the cell (message names it)
     */
    double[] metricValues(long cellNumber, long variant, int replication);
  }
}
