package org.precinct.cli.shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.CellMode;

/**
 * Shard {@code number} of {@code count} (1-based, as a job array numbers its tasks from 1): the
 * replications {@code r} with {@code r % count == number - 1}, and the experiment cells numbered
 * alike, so every shard gets an equal share within one.
 */
public record ShardSpec(int number, int count) {
  /** The most shards one run may be split into. */
  public static final int MAX_COUNT = 10_000;

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  public ShardSpec {
    if (count < 1 || count > MAX_COUNT || number < 1 || number > count) {
      throw new IllegalArgumentException("shard " + number + "/" + count);
    }
  }

  /** Parses {@code K/N}, e.g. {@code 3/7}; a user mistake gets a message saying what is valid. */
  public static ShardSpec parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException(
          "--shard: '"
              + text
              + "' is not K/N; write the shard number and the shard count, e.g. --shard 3/7"
              + " (K from 1 to N)");
    }
    int number = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidInputException(
          "--shard " + text + ": the shard count N must be between 1 and " + MAX_COUNT);
    }
    if (number < 1 || number > count) {
      throw new InvalidInputException(
          "--shard "
              + text
              + ": the shard number K must be between 1 and "
              + count
              + " (a Kubernetes completion index starts at 0: pass $((JOB_COMPLETION_INDEX+1)))");
    }
    return new ShardSpec(number, count);
  }

  /** The replications of {@code total} that fall to this shard, ascending. */
  public int[] replications(int total) {
    int n = share(total);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = number - 1 + i * count;
    }
    return out;
  }

  /** Whether replication {@code r} falls to this shard. */
  public boolean owns(long r) {
    return r % count == number - 1;
  }

  /** The engine's cell mode for this shard, handing simulated cells to {@code sink}. */
  public CellMode.Shard cellMode(CellMode.CellSink sink) {
    return new CellMode.Shard(number - 1, count, sink);
  }

  /** How many of {@code total} units of work (replications, cells) fall to this shard. */
  public int share(int total) {
    return total <= number - 1 ? 0 : (total - number) / count + 1;
  }

  @Override
  public String toString() {
    return number + "/" + count;
  }
}
