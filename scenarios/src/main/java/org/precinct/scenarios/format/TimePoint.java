package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment in the scenario, written either relative to election day ("E-10d", "E+1d 09:00", "E-0d")
 * or as an ISO 8601 date or local date-time in the scenario's zone ("2024-10-01",
 * "2024-10-01T09:00"); an explicit offset ("2024-11-03T01:30-05:00") settles a repeated hour.
 *
 * @param text the moment as written
 */
public record TimePoint(String text) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX =
      "'E-10d', 'E+1d 09:00' (relative to election day), '2024-10-01' or '2024-10-01T09:00'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN =
      "^(E[+-][0-9]{1,3}d( ([01][0-9]|2[0-3]):[0-5][0-9])?|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+([+-][0-9]{2}:[0-9]{2}|Z)?)?)$";

  private static final Pattern RELATIVE =
      Pattern.compile("E([+-])([0-9]{1,3})d(?: (([01][0-9]|2[0-3]):[0-5][0-9]))?");

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** Parses and checks the syntax; the moment itself is resolved against a timeline later. */
  @JsonCreator
  public static TimePoint parse(String text) {
    if (!text.matches(PATTERN)) {
      throw new ValueSyntaxException("not a moment in time", SYNTAX);
    }
    TimePoint point = new TimePoint(text);
    point.resolve(LocalDate.of(2000, 1, 1), ZoneId.of("UTC"));
    return point;
  }

  /** Whether the moment is written relative to election day. */
  public boolean isElectionRelative() {
    return text.startsWith("E");
  }

  /** Whether the moment names the start of a day (no time of day written). */
  public boolean isWholeDay() {
    return isElectionRelative() ? !text.contains(" ") : !text.contains("T");
  }

  /** For "E-10d" forms, the signed day offset from election day (E-10d gives -10). */
  public int electionDayOffset() {
    Matcher matcher = relative();
    int days = Integer.parseInt(matcher.group(2));
    return "-".equals(matcher.group(1)) ? -days : days;
  }

  /** The moment in {@code zone}, with election-relative forms counted from {@code electionDay}. */
  public ZonedDateTime resolve(LocalDate electionDay, ZoneId zone) {
    if (isElectionRelative()) {
      Matcher matcher = relative();
      LocalTime time =
          matcher.group(3) == null ? LocalTime.MIDNIGHT : LocalTime.parse(matcher.group(3));
      return ZonedDateTime.of(electionDay.plusDays(electionDayOffset()), time, zone);
    }
    try {
      if (!text.contains("T")) {
        return LocalDate.parse(text).atStartOfDay(zone);
      }
      if (text.endsWith("Z") || text.substring(10).matches(".*[+-][0-9]{2}:[0-9]{2}$")) {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone);
      }
      return ZonedDateTime.of(LocalDateTime.parse(text), zone);
    } catch (DateTimeParseException e) {
      throw new ValueSyntaxException("not a moment in time", SYNTAX);
    }
  }

  /**
   * The most readable text for {@code moment}: election-relative when exact on a whole minute,
   * otherwise an ISO date-time with offset.
   */
  public static TimePoint of(ZonedDateTime moment, LocalDate electionDay) {
    long days = ChronoUnit.DAYS.between(electionDay, moment.toLocalDate());
    LocalTime time = moment.toLocalTime();
    if (Math.abs(days) < 1000 && time.getSecond() == 0 && time.getNano() == 0) {
      String text = "E" + (days < 0 ? "-" : "+") + Math.abs(days) + "d";
      if (!time.equals(LocalTime.MIDNIGHT)) {
        text += " " + time.format(CLOCK);
      }
      TimePoint candidate = new TimePoint(text);
      if (candidate.resolve(electionDay, moment.getZone()).toInstant().equals(moment.toInstant())) {
        return candidate;
      }
    }
    return new TimePoint(moment.toOffsetDateTime().toString());
  }

  /** The start of the day {@code offset} days from election day ("E-7d" for -7). */
  public static TimePoint electionDay(int offset) {
    return new TimePoint("E" + (offset < 0 ? "-" : "+") + Math.abs(offset) + "d");
  }

  private Matcher relative() {
    Matcher matcher = RELATIVE.matcher(text);
    if (!matcher.matches()) {
      throw new ValueSyntaxException("not a moment in time", SYNTAX);
    }
    return matcher;
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}
