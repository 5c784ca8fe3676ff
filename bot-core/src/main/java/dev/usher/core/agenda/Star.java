package dev.usher.core.agenda;

import java.time.Instant;
import java.util.Objects;

/**
 * One starred session, as it was when starred: its schedule id and its title then, so a session
 * that later disappears from the schedule can still be named (as cancelled).
 */
public record Star(String sessionId, String title, Instant starredAt) {
  public Star {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(starredAt, "starredAt");
    if (sessionId.isBlank()) {
      throw new IllegalArgumentException("sessionId must not be blank");
    }
  }
}
