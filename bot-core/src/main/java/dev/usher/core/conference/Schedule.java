package dev.usher.core.conference;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sessions of a conference in time order, with the zone they are shown in. Immutable and
 * thread-safe.
 */
public record Schedule(ZoneId zone, List<Session> sessions) {
  private static final Comparator<Session> TIME_ORDER =
      Comparator.comparing((Session s) -> s.start().toInstant())
          .thenComparing(s -> s.room().orElse(""))
          .thenComparing(Session::title);

  public Schedule {
    Objects.requireNonNull(zone, "zone");
    sessions = sessions.stream().sorted(TIME_ORDER).toList();
  }

  public static Schedule empty(ZoneId zone) {
    return new Schedule(zone, List.of());
  }

  public boolean isEmpty() {
    return sessions.isEmpty();
  }
}
