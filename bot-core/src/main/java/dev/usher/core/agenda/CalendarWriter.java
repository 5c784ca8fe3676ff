package dev.usher.core.agenda;

import dev.usher.core.conference.Session;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes sessions as an iCalendar file (RFC 5545) any calendar imports: implemented outside the
 * core, with the library that also reads the conference's calendars. Thread-safe.
 */
public interface CalendarWriter {

  /**
   * The text of a calendar named {@code name} with one event per session, in {@code zone} (with its
   * VTIMEZONE), each with a UID that stays the same for the same session.
   */
  String write(String name, List<Session> sessions, ZoneId zone);
}
