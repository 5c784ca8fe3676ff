package dev.usher.core.reminder;

import dev.usher.core.conference.Session;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Sessions for tests, at local times in a zone. */
final class Sessions {
  private Sessions() {}

  static Session session(String id, ZoneId zone, String localStart, int minutes, String room) {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse(localStart), zone);
    return new Session(
        id,
        "Talk " + id,
        start,
        start.plusMinutes(minutes),
        Optional.of(room),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }
}
