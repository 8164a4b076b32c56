package org.precinct.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.precinct.cli.output.RunFacts;
import org.precinct.engine.result.ScenarioResult;

/**
 * What a finished run produced: the aggregated result, the summary document, the folder it was
 * moved to and its wall-clock facts.
 */
public record RunOutput(ScenarioResult result, ObjectNode summary, Path folder, RunFacts facts) {}
