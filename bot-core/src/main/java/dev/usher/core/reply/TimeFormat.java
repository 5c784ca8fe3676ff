package dev.usher.core.reply;

import dev.usher.core.conference.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The few shapes in which people read dates and times, shared by every reply and every renderer so
 * that one session reads the same on Discord, in Slack and in the console. Times are shown in the
 * zone passed in (the conference's), on a 24-hour clock, in English.
 *
 * <p>Machine formats (ISO 8601 in JSON, iCalendar) are not here: they follow their own standards.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeFormat {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final String DASH = "\u2013";

  private TimeFormat() {}

  /** A day: {@code Thursday 24 April}. */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** A day where room is short: {@code Thu 24 Apr}. */
  public static String shortDay(LocalDate day) {
    return SHORT_DAY.format(day);
  }

  /** A time of day: {@code 14:30}. */
  public static String time(LocalTime time) {
    return TIME.format(time);
  }

  /** The time of day of {@code at} in {@code zone}: {@code 14:30}. */
  public static String time(ZonedDateTime at, ZoneId zone) {
    return time(at.withZoneSameInstant(zone).toLocalTime());
  }

  /** Two times of one day: {@code 14:00–16:00}. */
  public static String times(LocalTime from, LocalTime to) {
    return time(from) + DASH + time(to);
  }

  /** A moment in {@code zone}: {@code Thursday 24 April, 14:30}. */
  public static String moment(ZonedDateTime at, ZoneId zone) {
    ZonedDateTime local = at.withZoneSameInstant(zone);
    return day(local.toLocalDate()) + ", " + time(local.toLocalTime());
  }

  /** A moment where room is short, as in a list or a fallback text: {@code Thu 24 Apr 14:30}. */
  public static String shortMoment(ZonedDateTime at, ZoneId zone) {
    ZonedDateTime local = at.withZoneSameInstant(zone);
    return shortDay(local.toLocalDate()) + " " + time(local.toLocalTime());
  }

  /**
   * When a session runs, in {@code zone}: {@code Thursday 24 April, 14:30–15:15}. A session that
   * ends on a later day names both days, {@code Thursday 24 April, 23:30 – Friday 25 April, 00:30},
   * so that its end is never read as being before its start.
   */
  public static String span(Session session, ZoneId zone) {
    ZonedDateTime start = session.start().withZoneSameInstant(zone);
    ZonedDateTime end = session.end().withZoneSameInstant(zone);
    if (!end.toLocalDate().equals(start.toLocalDate())) {
      return moment(start, zone) + " " + DASH + " " + moment(end, zone);
    }
    return moment(start, zone) + DASH + time(end.toLocalTime());
  }
}
