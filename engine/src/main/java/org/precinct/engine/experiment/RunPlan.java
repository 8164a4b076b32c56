package org.precinct.engine.experiment;

import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * How to run a scenario: which interventions are on, extra changes (sweep points, tabletop
 * choices), seed, replications and threads, and the labels the result's metadata carries.
 *
 * @param threads worker threads; results are identical for any value
 * @param variant the name of this mix in charts and reports, e.g. "baseline"
 * @param scenarioHash the scenario's content hash, or "" for scenarios built in code
 */
public record RunPlan(
    InterventionSet interventions,
    ImmutableList<ScheduledChange> extraChanges,
    long seed,
    int replications,
    int threads,
    String variant,
    String scenarioHash,
    String precinctVersion) {
  public RunPlan {
    Objects.requireNonNull(interventions, "interventions");
    Objects.requireNonNull(extraChanges, "extraChanges");
    if (replications < 1 || threads < 1) {
      throw new IllegalArgumentException("replications and threads must be >= 1");
    }
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(scenarioHash, "scenarioHash");
    Objects.requireNonNull(precinctVersion, "precinctVersion");
  }

  /** The scenario's defaults: its default interventions, seed and replications, on every core. */
  public static RunPlan defaults(ScenarioSpec scenario) {
    return new RunPlan(
        InterventionSet.defaults(scenario),
        Lists.immutable.empty(),
        scenario.run().seed(),
        scenario.run().replications(),
        Runtime.getRuntime().availableProcessors(),
        "baseline",
        "",
        "dev");
  }

  public RunPlan withInterventions(InterventionSet value) {
    return new RunPlan(
        value, extraChanges, seed, replications, threads, variant, scenarioHash, precinctVersion);
  }

  public RunPlan withExtraChanges(ImmutableList<ScheduledChange> value) {
    return new RunPlan(
        interventions, value, seed, replications, threads, variant, scenarioHash, precinctVersion);
  }

  public RunPlan withSeed(long value) {
    return new RunPlan(
        interventions,
        extraChanges,
        value,
        replications,
        threads,
        variant,
        scenarioHash,
        precinctVersion);
  }

  public RunPlan withReplications(int value) {
    return new RunPlan(
        interventions, extraChanges, seed, value, threads, variant, scenarioHash, precinctVersion);
  }

  public RunPlan withThreads(int value) {
    return new RunPlan(
        interventions,
        extraChanges,
        seed,
        replications,
        value,
        variant,
        scenarioHash,
        precinctVersion);
  }

  public RunPlan withVariant(String value) {
    return new RunPlan(
        interventions,
        extraChanges,
        seed,
        replications,
        threads,
        value,
        scenarioHash,
        precinctVersion);
  }

  /** Labels the run with the scenario's content hash and the Precinct version. */
  public RunPlan withProvenance(String hash, String version) {
    return new RunPlan(
        interventions, extraChanges, seed, replications, threads, variant, hash, version);
  }
}
