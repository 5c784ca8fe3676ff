package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What questions and commands look a schedule up by: its programme days, its rooms, tracks and
 * speakers, its sessions' words, and its sessions by room, track, speaker and time. Building it
 * reads every session, so it is built once per schedule and shared by the requests that follow, not
 * once per question. Immutable.
 */
public final class ScheduleLookup {
  final Schedule schedule;
  final ZoneId zone;
  final ProgrammeDays days;
  final NameMatcher rooms;
  final RoomNames roomNames;
  final NameMatcher tracks;
  final NameMatcher speakers;
  final SessionMatcher sessions;
  final SessionIndex index;

  private ScheduleLookup(Schedule schedule, ZoneId zone) {
    this.schedule = schedule;
    this.zone = zone;
    this.days = new ProgrammeDays(schedule, zone);
    this.rooms = new NameMatcher(values(schedule, s -> s.room().stream().toList()));
    this.roomNames = new RoomNames(rooms.names());
    this.tracks = new NameMatcher(values(schedule, s -> s.track().stream().toList()));
    this.speakers = new NameMatcher(values(schedule, Session::speakers));
    this.sessions = new SessionMatcher(schedule.sessions());
    this.index = new SessionIndex(schedule);
  }

  /** The lookup of {@code schedule}, whose days are counted in {@code zone}. */
  public static ScheduleLookup of(Schedule schedule, ZoneId zone) {
    return new ScheduleLookup(schedule, zone);
  }

  /**
   * Does now what the first question about a topic would otherwise wait for: folding the words of
   * every session's abstract (about a second at 10,000 sessions).
   */
  public void prepare() {
    sessions.prepare();
  }

  /** The schedule this lookup was built from. */
  public Schedule schedule() {
    return schedule;
  }

  /** Whether this lookup was built from this very schedule (not an equal copy) in this zone. */
  public boolean isOf(Schedule schedule, ZoneId zone) {
    return this.schedule == schedule && this.zone.equals(zone);
  }

  private static Set<String> values(Schedule schedule, Function<Session, List<String>> values) {
    return schedule.sessions().stream()
        .flatMap(s -> values.apply(s).stream())
        .filter(v -> !v.isBlank())
        .collect(Collectors.toSet());
  }
}
