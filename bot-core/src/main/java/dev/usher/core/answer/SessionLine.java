package dev.usher.core.answer;

import dev.usher.core.schedule.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

/** A session in one line of plain text: title, day and time in the conference zone, room. */
final class SessionLine {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private SessionLine() {}

  static String of(Session session, ZoneId zone) {
    StringJoiner line = new StringJoiner(" · ");
    line.add(session.title());
    line.add(
        DAY_TIME.format(session.start().withZoneSameInstant(zone))
            + "–"
            + TIME.format(session.end().withZoneSameInstant(zone)));
    session.room().ifPresent(line::add);
    if (!session.speakers().isEmpty()) {
      line.add(String.join(", ", session.speakers()));
    }
    return line.toString();
  }
}
