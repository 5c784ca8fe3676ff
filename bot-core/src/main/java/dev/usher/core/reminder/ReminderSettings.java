package dev.usher.core.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What organizers configured under {@code reminders:} in {@code usher.yaml}.
 *
 * @param daily the day's schedule posted each conference day, when configured
 * @param beforeSession "starting soon" posts, when configured
 * @param catchUpGrace how late a missed daily post may still be sent (after a restart or an
 *     outage); later ones are skipped. A "starting soon" post is only ever sent before its session
 *     starts.
 */
public record ReminderSettings(
    Optional<Daily> daily, Optional<BeforeSession> beforeSession, Duration catchUpGrace) {
  /** The grace for a missed daily post when none is configured. */
  public static final Duration DEFAULT_GRACE = Duration.ofHours(2);

  public ReminderSettings {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(beforeSession, "beforeSession");
    Objects.requireNonNull(catchUpGrace, "catchUpGrace");
    if (catchUpGrace.isNegative()) {
      throw new IllegalArgumentException("catchUpGrace must not be negative: " + catchUpGrace);
    }
  }

  public static ReminderSettings none() {
    return new ReminderSettings(Optional.empty(), Optional.empty(), DEFAULT_GRACE);
  }

  public boolean isEmpty() {
    return daily.isEmpty() && beforeSession.isEmpty();
  }

  /** The longest time after its planned instant that any reminder may still be posted. */
  public Duration longestCatchUp() {
    Duration lead = beforeSession.map(BeforeSession::lead).orElse(Duration.ZERO);
    return lead.compareTo(catchUpGrace) > 0 ? lead : catchUpGrace;
  }

  /**
   * The day's schedule, posted at {@code at} (local time in the conference zone) on each day that
   * has sessions.
   *
   * @param maxSessions the most sessions listed in one daily post; the rest are summarized with a
   *     pointer to {@code /schedule}
   */
  public record Daily(LocalTime at, Channels channels, int maxSessions) {
    /** How many sessions a daily post lists when not configured. */
    public static final int DEFAULT_MAX_SESSIONS = 40;

    public Daily {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(channels, "channels");
      if (maxSessions < 1) {
        throw new IllegalArgumentException("maxSessions must be at least 1: " + maxSessions);
      }
    }

    public Daily(LocalTime at, Channels channels) {
      this(at, channels, DEFAULT_MAX_SESSIONS);
    }
  }

  /**
   * A post {@code lead} before each session starts.
   *
   * @param channels where sessions go whose room has no entry in {@code rooms}
   * @param rooms channels by room name (compared ignoring case); a room listed here posts to its
   *     own channels instead of {@code channels}
   */
  public record BeforeSession(Duration lead, Channels channels, Map<String, Channels> rooms) {
    public BeforeSession {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(channels, "channels");
      rooms = Map.copyOf(rooms);
      if (lead.isNegative() || lead.isZero()) {
        throw new IllegalArgumentException("lead must be positive: " + lead);
      }
    }

    /** The channels for a session in {@code room}. */
    public Channels channelsFor(Optional<String> room) {
      return room.flatMap(
              r ->
                  rooms.entrySet().stream()
                      .filter(e -> e.getKey().strip().equalsIgnoreCase(r.strip()))
                      .map(Map.Entry::getValue)
                      .findFirst())
          .orElse(channels);
    }
  }
}
