package org.precinct.cli.run;

import java.nio.file.Path;
import java.util.List;
import org.precinct.cli.output.EventsSelection;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Everything one run needs, resolved from the command line and the scenario's defaults.
 *
 * @param scenarioName how the user named the scenario (bundled id or path), for run.json
 * @param scenarioSha256 the SHA-256 of the scenario file's bytes
 * @param target the output folder to create
 * @param force whether an earlier output at {@code target} may be replaced
 * @param chartFormats the chart file extensions to write (png, svg, pdf)
 * @param arguments the command line as typed, for run.json
 * @param events the replications to log into events.jsonl
 */
public record RunRequest(
    String scenarioName,
    ScenarioSpec scenario,
    String scenarioSha256,
    InterventionSet interventions,
    Sampling sampling,
    Path target,
    boolean force,
    List<String> chartFormats,
    List<String> arguments,
    EventsSelection events) {

  /**
   * How many replications, from which seed, on how many threads.
   *
   * @param threads worker threads; the numbers do not depend on it
   */
  public record Sampling(int replications, long seed, int threads) {}
}
