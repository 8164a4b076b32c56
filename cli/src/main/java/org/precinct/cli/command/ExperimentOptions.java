package org.precinct.cli.command;

import java.util.Arrays;
import java.util.List;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.experiment.TargetPrecision;
import org.precinct.engine.result.Metric;
import picocli.CommandLine.Option;

/**
 * What an experiment measures and how precisely: the deciding metric, and either a replication
 * count (from {@link ReplicationOptions}) or a target confidence-interval half-width with a cap (a
 * mixin shared by compare, attribute, sweep and sensitivity).
 */
public final class ExperimentOptions {

  @Option(
      names = {"-m", "--metric"},
      paramLabel = "METRIC",
      description =
          "The metric to decide on, as a kebab id (default: ${DEFAULT-VALUE};"
              + " `precinct show` lists the metrics).",
      defaultValue = "harm-weighted-before-election")
  private String metric;

  @Option(
      names = "--target-ci",
      paramLabel = "HALF_WIDTH",
      description =
          "Instead of a fixed count, add replications until the widest 95%% CI that matters has"
              + " this half-width, in the metric's units.")
  private Double targetHalfWidth;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      description = "The cap for --target-ci (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  private int maxReplications;

  /** The metric, parsed. */
  Metric metric() {
    try {
      return Metric.fromId(metric);
    } catch (IllegalArgumentException e) {
      List<String> ids = Arrays.stream(Metric.values()).map(Metric::id).toList();
      throw new InvalidInputException(
          "--metric: no metric '"
              + metric
              + "'"
              + NameSuggestions.didYouMean(metric, ids)
              + "; valid: "
              + String.join(", ", ids));
    }
  }

  /** The budget: a target half-width if given, else {@code replications} exactly. */
  ReplicationBudget budget(int replications) {
    if (targetHalfWidth == null) {
      if (replications < 2) {
        throw new InvalidInputException("experiments need at least 2 replications");
      }
      return new ReplicationBudget.Fixed(replications);
    }
    if (!(targetHalfWidth > 0) || targetHalfWidth.isInfinite()) {
      throw new InvalidInputException(
          "--target-ci must be a positive number, got " + targetHalfWidth);
    }
    if (maxReplications < 10 || maxReplications > ReplicationOptions.MAX_REPLICATIONS) {
      throw new InvalidInputException(
          "--max-replications must be between 10 and " + ReplicationOptions.MAX_REPLICATIONS);
    }
    return new ReplicationBudget.ToPrecision(TargetPrecision.of(targetHalfWidth, maxReplications));
  }

  /** Whether the user asked for a target precision. */
  boolean targeted() {
    return targetHalfWidth != null;
  }

  /** The most replications the budget may need, for sizing the progress bar. */
  int cap(int replications) {
    return targetHalfWidth == null ? replications : maxReplications;
  }
}
