/**
 * Precinct's scenario files: load and validate YAML scenarios into {@code engine.spec} records
 * ({@link org.precinct.scenarios.ScenarioLoader}), list and load the bundled library ({@link
 * org.precinct.scenarios.BundledScenarios}), print the JSON Schema ({@link
 * org.precinct.scenarios.ScenarioSchema}), write a spec back as YAML ({@link
 * org.precinct.scenarios.ScenarioWriter}) and start a new file ({@link
 * org.precinct.scenarios.StarterScenario}).
 */
package org.precinct.scenarios;
