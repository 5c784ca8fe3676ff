package dev.usher.core.conference;

import java.util.Objects;
import java.util.Optional;

/**
 * The id of one schedule session as a source of answers: written {@code session:ID} wherever a
 * source id is a string (the search index, replies, JSON output, question sets), so a session can
 * never be mistaken for a document whose path happens to look like its id.
 *
 * @param value the schedule's own id of the session; not blank, may itself contain {@code :}
 */
public record SessionId(String value) {
  private static final String PREFIX = "session:";

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("session id must not be blank");
    }
  }

  /** The source id of the session whose schedule id is {@code sessionId}. */
  public static SessionId of(String sessionId) {
    return new SessionId(sessionId);
  }

  /**
   * The session a source id names, or empty when it names something else (a document, an
   * organizer's answer) or has nothing after the prefix.
   */
  public static Optional<SessionId> parse(String sourceId) {
    Objects.requireNonNull(sourceId, "sourceId");
    if (!isSession(sourceId)) {
      return Optional.empty();
    }
    String value = sourceId.substring(PREFIX.length());
    return value.isBlank() ? Optional.empty() : Optional.of(new SessionId(value));
  }

  /** Whether a source id names a session rather than a document. */
  public static boolean isSession(String sourceId) {
    return sourceId.startsWith(PREFIX);
  }

  /** The id as written where sources are named by strings: {@code session:ID}. */
  public String sourceId() {
    return PREFIX + value;
  }

  @Override
  public String toString() {
    return sourceId();
  }
}
