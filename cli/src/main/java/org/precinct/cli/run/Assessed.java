package org.precinct.cli.run;

import org.precinct.cli.output.RunAssessment;
import org.precinct.engine.result.ScenarioResult;

/** A run's aggregated result with what it says about objectives and precision. */
record Assessed(ScenarioResult result, RunAssessment assessment) {}
