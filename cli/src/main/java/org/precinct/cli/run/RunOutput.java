package org.precinct.cli.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.precinct.cli.output.RunAssessment;
import org.precinct.cli.output.RunFacts;
import org.precinct.engine.result.ScenarioResult;

/**
 * What a finished run produced: the aggregated result and its assessment (objectives, precision),
 * the summary document, the folder it was moved to and its wall-clock facts.
 */
public record RunOutput(
    ScenarioResult result,
    RunAssessment assessment,
    ObjectNode summary,
    Path folder,
    RunFacts facts) {}
