package dev.usher.core.agenda;

import dev.usher.core.schedule.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A session's time as agenda replies say it, in the conference's zone. */
final class SessionTimes {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private SessionTimes() {}

  /** {@code Fri 24 Apr 10:00}. */
  static String when(Session session, ZoneId zone) {
    return DAY_TIME.format(session.start().withZoneSameInstant(zone));
  }

  /** {@code Fri 24 Apr 10:00-10:45}. */
  static String span(Session session, ZoneId zone) {
    return when(session, zone) + "-" + TIME.format(session.end().withZoneSameInstant(zone));
  }
}
