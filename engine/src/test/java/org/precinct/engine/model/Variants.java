package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * Runs variants of a scenario on the same replications (common random numbers) and keeps every
 * outcome, for paired behavioural tests.
 */
final class Variants {
  static final long SEED = 20241105L;

  private Variants() {}

  /** The outcomes of replications 0..n-1 with the given changes in force from the start. */
  static ImmutableList<ReplicationOutcome> run(
      ScenarioSpec spec, int replications, Change... changes) {
    ImmutableList<ScheduledChange> extra =
        Lists.immutable.of(changes).collect(ScheduledChange::atStart);
    RunPlan plan =
        RunPlan.defaults(spec)
            .withInterventions(InterventionSet.none())
            .withExtraChanges(extra)
            .withSeed(SEED)
            .withReplications(replications)
            .withThreads(2);
    MutableList<ReplicationOutcome> out = Lists.mutable.empty();
    new ScenarioRunner(spec).run(plan, (done, total) -> {}, out::add);
    return out.toImmutable();
  }

  static Change set(Parameter p, String target, double value) {
    return new Change.SetParameter(new ParameterRef(p, target), value);
  }

  static Change scale(Parameter p, String target, double factor) {
    return new Change.ScaleParameter(new ParameterRef(p, target), factor);
  }

  static double mean(ImmutableList<ReplicationOutcome> outcomes, Metric metric) {
    return outcomes.collectDouble(o -> o.value(metric)).average();
  }

  static double average(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Per replication, {@code b - a} of a metric. */
  static double[] differences(
      ImmutableList<ReplicationOutcome> a, ImmutableList<ReplicationOutcome> b, Metric metric) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = b.get(i).value(metric) - a.get(i).value(metric);
    }
    return d;
  }
}
