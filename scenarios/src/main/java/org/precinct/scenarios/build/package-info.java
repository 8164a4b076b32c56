/**
 * Turns bound format records into a validated {@code engine.spec.ScenarioSpec} and back: semantic
 * checks (ranges, windows inside the timeline, references between parts, parameter paths) report
 * every problem with its YAML path before any spec record is built.
 */
package org.precinct.scenarios.build;
