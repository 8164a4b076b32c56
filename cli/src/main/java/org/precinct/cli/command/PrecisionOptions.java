package org.precinct.cli.command;

import java.util.Optional;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.TargetPrecision;
import picocli.CommandLine.Option;

/**
 * A target precision instead of a replication count, {@code --target-ci} with its cap {@code
 * --max-replications}: a mixin shared by run and the experiments, each of which says what the
 * half-width is measured in (run: relative to each headline mean; experiments: the metric's units).
 */
public final class PrecisionOptions {

  @Option(
      names = "--target-ci",
      paramLabel = "HALF_WIDTH",
      description =
          "Instead of a fixed count, add replications in batches until the 95%% CIs are this"
              + " narrow, up to --max-replications: for run, each headline CI's half-width over"
              + " its mean (0.05 = 5%%); for the experiments, the widest CI that matters, in the"
              + " metric's units.")
  private Double halfWidth;

  @Option(
      names = "--max-replications",
      paramLabel = "N",
      description = "The cap for --target-ci (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  private int maxReplications;

  /** Whether the user asked for a target precision. */
  boolean targeted() {
    return halfWidth != null;
  }

  /** The most replications the budget may need: the cap if targeted, else {@code replications}. */
  int cap(int replications) {
    return targeted() ? maxReplications : replications;
  }

  /** The target, validated, when one was asked for. */
  Optional<TargetPrecision> target() {
    if (!targeted()) {
      return Optional.empty();
    }
    if (!(halfWidth > 0) || halfWidth.isInfinite()) {
      throw new InvalidInputException("--target-ci must be a positive number, got " + halfWidth);
    }
    if (maxReplications < 10 || maxReplications > ReplicationOptions.MAX_REPLICATIONS) {
      throw new InvalidInputException(
          "--max-replications must be between 10 and " + ReplicationOptions.MAX_REPLICATIONS);
    }
    return Optional.of(TargetPrecision.of(halfWidth, maxReplications));
  }

  /** The target of a relative half-width, which must lie in (0, 1) to mean anything. */
  Optional<TargetPrecision> relativeTarget() {
    if (targeted() && !(halfWidth > 0 && halfWidth < 1)) {
      throw new InvalidInputException(
          "--target-ci for run is a half-width relative to each headline mean, between 0 and 1"
              + " (0.05 = 5% of the mean), got "
              + halfWidth);
    }
    return target();
  }
}
