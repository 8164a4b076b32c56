package org.precinct.cli.play;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Everything a session needs, resolved from the command line and any decisions file before the
 * first replication runs.
 *
 * @param scenarioName the scenario as named on the command line (bundled id or file)
 * @param mselSha256 SHA-256 of an imported events list, "" when none
 * @param preset choices given in advance (--choose or --replay), by decision id
 * @param controller whether the console shows the controller's material too
 * @param formats chart formats, e.g. ["png", "svg"]
 */
record PlayRequest(
    String scenarioName,
    ScenarioSpec scenario,
    String scenarioSha256,
    String mselSha256,
    RunPlan plan,
    Map<String, String> preset,
    boolean controller,
    Path target,
    boolean force,
    List<String> formats) {

  PlayRequest {
    preset = Map.copyOf(preset);
    formats = List.copyOf(formats);
  }
}
