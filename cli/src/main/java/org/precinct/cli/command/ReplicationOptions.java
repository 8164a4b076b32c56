package org.precinct.cli.command;

import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.RunDefaultsSpec;
import picocli.CommandLine.Option;

/** How many replications to run, from which seed, on how many threads (a shared mixin). */
public final class ReplicationOptions {
  /** The most replications one run accepts, to catch a typo such as an extra zero or two. */
  static final int MAX_REPLICATIONS = 100_000;

  @Option(
      names = {"-r", "--replications"},
      paramLabel = "N",
      description = "Replications to run (default: the scenario's, see `precinct show`).")
  private Integer replications;

  @Option(
      names = {"-s", "--seed"},
      paramLabel = "SEED",
      description = "Master seed; the same seed gives the same numbers (default: the scenario's).")
  private Long seed;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Worker threads (default: one per core); the results do not depend on it.")
  private Integer threads;

  /** The replications to run: the option's, else the scenario's default. */
  public int replications(RunDefaultsSpec defaults) {
    int n = replications == null ? defaults.replications() : replications;
    if (n < 1 || n > MAX_REPLICATIONS) {
      throw new InvalidInputException(
          "--replications must be between 1 and " + MAX_REPLICATIONS + ", got " + n);
    }
    return n;
  }

  /** The master seed: the option's, else the scenario's default. */
  public long seed(RunDefaultsSpec defaults) {
    return seed == null ? defaults.seed() : seed;
  }

  /** The worker threads: the option's, else one per available core. */
  public int threads() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new InvalidInputException("--threads must be 1 or more, got " + threads);
    }
    return threads;
  }
}
