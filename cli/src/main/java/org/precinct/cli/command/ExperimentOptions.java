package org.precinct.cli.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.experiment.TargetPrecision;
import org.precinct.engine.result.Metric;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What an experiment measures and how precisely: the deciding metric, and either a replication
 * count (from {@link ReplicationOptions}) or a target confidence-interval half-width with a cap
 * ({@link PrecisionOptions}, in the metric's units): a mixin shared by compare, attribute, sweep
 * and sensitivity.
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

  @Mixin private PrecisionOptions precision;

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
    Optional<TargetPrecision> target = precision.target();
    if (target.isPresent()) {
      return new ReplicationBudget.ToPrecision(target.get());
    }
    if (replications < 2) {
      throw new InvalidInputException("experiments need at least 2 replications");
    }
    return new ReplicationBudget.Fixed(replications);
  }

  /** Whether the user asked for a target precision. */
  boolean targeted() {
    return precision.targeted();
  }

  /** The most replications the budget may need, for sizing the progress bar. */
  int cap(int replications) {
    return precision.cap(replications);
  }
}
