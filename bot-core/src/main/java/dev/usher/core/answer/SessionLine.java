package dev.usher.core.answer;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.TimeFormat;
import java.time.ZoneId;
import java.util.StringJoiner;

/** A session in one line of plain text: title, day and time in the conference zone, room. */
final class SessionLine {

  private SessionLine() {}

  static String of(Session session, ZoneId zone) {
    StringJoiner line = new StringJoiner(" · ");
    line.add(session.title());
    line.add(TimeFormat.span(session, zone));
    session.room().ifPresent(line::add);
    if (!session.speakers().isEmpty()) {
      line.add(String.join(", ", session.speakers()));
    }
    return line.toString();
  }
}
