package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.ScenarioResult;

/**
 * What one branch did across the replications: the aggregated result of the whole run, every metric
 * per replication (for paired comparisons and objectives), and each replication's outcome cut at
 * the next stop of the exercise (the state the team will see there).
 */
public final class BranchResult {
  private final String id;
  private final ScenarioResult result;
  private final double[][] byReplication;
  private final ImmutableList<ReplicationOutcome> prefixes;

  BranchResult(
      String id,
      ScenarioResult result,
      double[][] byReplication,
      ImmutableList<ReplicationOutcome> prefixes) {
    this.id = id;
    this.result = result;
    this.byReplication = byReplication;
    this.prefixes = prefixes;
  }

  /** The branch id (an option id, or "baseline"). */
  public String id() {
    return id;
  }

  /** The whole run, aggregated across replications. */
  public ScenarioResult result() {
    return result;
  }

  /** How many replications ran. */
  public int replications() {
    return byReplication.length;
  }

  /** One metric's value in each replication, in replication order. */
  public double[] values(Metric metric) {
    double[] out = new double[byReplication.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = byReplication[r][metric.ordinal()];
    }
    return out;
  }

  /** Each replication's outcome cut at the next stop of the exercise, in replication order. */
  public ImmutableList<ReplicationOutcome> prefixes() {
    return prefixes;
  }
}
