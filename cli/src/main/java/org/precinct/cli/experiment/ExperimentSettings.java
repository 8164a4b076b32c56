package org.precinct.cli.experiment;

import java.nio.file.Path;
import java.util.List;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Everything an experiment command resolved from its command line that is not the experiment's own
 * design: the scenario, seed and threads, and where and how the output folder is written.
 *
 * @param scenarioName how the user named the scenario (bundled id or path), for run.json
 * @param scenario the loaded scenario
 * @param scenarioSha256 the SHA-256 of the scenario file's bytes
 * @param seed the master seed
 * @param replications the replications asked for (the cap under a target precision)
 * @param threads worker threads; the numbers do not depend on it
 * @param target the output folder to create
 * @param force whether an earlier precinct output at {@code target} may be replaced
 * @param chartFormats chart file extensions to write (png, svg, pdf)
 * @param arguments the command line as typed, for run.json
 */
public record ExperimentSettings(
    String scenarioName,
    ScenarioSpec scenario,
    String scenarioSha256,
    long seed,
    int replications,
    int threads,
    Path target,
    boolean force,
    List<String> chartFormats,
    List<String> arguments) {

  /** Copies the lists. */
  public ExperimentSettings {
    chartFormats = List.copyOf(chartFormats);
    arguments = List.copyOf(arguments);
  }

  /** The base plan of every run: the scenario's defaults with this seed, threads and provenance. */
  public RunPlan plan(String precinctVersion) {
    return RunPlan.defaults(scenario)
        .withSeed(seed)
        .withThreads(threads)
        .withProvenance(scenarioSha256, precinctVersion);
  }
}
