package dev.usher.knowledge.schedule;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date-times and durations schedules are written with. */
final class ScheduleTimes {
  private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)");
  private static final Pattern HOURS_MINUTES =
      Pattern.compile("(\\d{1,4}):([0-5]\\d)(?::([0-5]\\d))?");

  private ScheduleTimes() {}

  /**
   * An ISO date-time, with {@code T} or a space between date and time, with an offset (kept) or
   * without one (read in {@code defaultZone}).
   *
   * @throws DateTimeException when the text is none of these
   */
  static ZonedDateTime dateTime(String text, ZoneId defaultZone) {
    String iso = DATE_SPACE_TIME.matcher(text.strip()).replaceFirst("$1T$2");
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
    return parsed instanceof ZonedDateTime zoned
        ? zoned
        : ((LocalDateTime) parsed).atZone(defaultZone);
  }

  /**
   * A frab/pretalx duration, {@code H:MM} or {@code H:MM:SS}; hours may exceed 24.
   *
   * @throws DateTimeException when the text is not one
   */
  static Duration duration(String text) {
    Matcher m = HOURS_MINUTES.matcher(text.strip());
    if (!m.matches()) {
      throw new DateTimeException("duration '" + text.strip() + "' is not HH:MM");
    }
    Duration d =
        Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)));
    return m.group(3) == null ? d : d.plusSeconds(Long.parseLong(m.group(3)));
  }
}
