package org.precinct.cli.output;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which replications a run logs into events.jsonl: the first {@code first} of them, or all; the
 * value of {@code --events all|N}, where the default 1 logs replication 0 as before.
 *
 * @param all whether every replication is logged
 * @param first how many replications, from 0, are logged when not all (0 writes no log)
 */
public record EventsSelection(boolean all, int first) {
  /** Replication 0 only, the default. */
  public static final EventsSelection DEFAULT = new EventsSelection(false, 1);

  /** Validates the count. */
  public EventsSelection {
    if (first < 0) {
      throw new IllegalArgumentException("cannot log " + first + " replications");
    }
  }

  /** How many replications of a run of {@code replications} are logged. */
  public int count(int replications) {
    return all ? replications : Math.min(first, replications);
  }

  @Override
  public String toString() {
    return all ? "all" : Integer.toString(first);
  }

  /** Parses {@code all} (any case) or a count from 0, for picocli. */
  public static final class Converter implements ITypeConverter<EventsSelection> {
    @Override
    public EventsSelection convert(String value) {
      String v = value.strip();
      if (v.toLowerCase(Locale.ROOT).equals("all")) {
        return new EventsSelection(true, 0);
      }
      if (v.matches("[0-9]{1,9}")) {
        return new EventsSelection(false, Integer.parseInt(v));
      }
      throw new TypeConversionException(
          "'" + value + "' is neither 'all' nor a number of replications from 0");
    }
  }
}
