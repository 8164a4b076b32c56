package org.precinct.cli.play;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the time cell of an events list as a planner's spreadsheet saves it: the exported
 * "2024-10-31 08:00", ISO with seconds or a 'T', US month/day/year ("10/31/2024 8:00", "10/31/24
 * 08:00", with or without seconds or AM/PM), day.month.year ("31.10.2024 08:00"), or a spreadsheet
 * date serial (days since 1899-12-30, "45596.333333"). A slash date is month first, as Excel and
 * LibreOffice write it in a U.S. locale.
 */
final class MselTime {

  /** What a valid cell looks like, for messages. */
  static final String EXAMPLES =
      "2024-10-31 08:00, as a spreadsheet saves it (10/31/2024 8:00, 10/31/24 08:00,"
          + " 2024-10-31 08:00:00, 31.10.2024 08:00) or a date serial such as 45596.333333";

  private static final LocalDateTime SERIAL_EPOCH = LocalDate.of(1899, 12, 30).atStartOfDay();
  private static final long MINUTES_PER_DAY = 24 * 60;

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          format("uuuu-MM-dd H:mm[:ss]"),
          format("uuuu-MM-dd'T'H:mm[:ss]"),
          format("M/d/uuuu H:mm[:ss]"),
          format("M/d/uuuu h:mm[:ss] a"),
          format("M/d/uu H:mm[:ss]"),
          format("M/d/uu h:mm[:ss] a"),
          format("d.M.uuuu H:mm[:ss]"));

  private MselTime() {}

  /** The local date-time the cell names, or empty when it names none. */
  static Optional<LocalDateTime> parse(String cell) {
    String text = cell.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDateTime.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return serial(text);
  }

  /** A spreadsheet date serial to the minute (what a cell formatted as a number holds). */
  private static Optional<LocalDateTime> serial(String text) {
    if (!text.matches("[0-9]{4,6}(\\.[0-9]+)?")) {
      return Optional.empty();
    }
    double days = Double.parseDouble(text);
    long minutes = Math.round(days * MINUTES_PER_DAY);
    return Optional.of(SERIAL_EPOCH.plusMinutes(minutes));
  }

  private static DateTimeFormatter format(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
