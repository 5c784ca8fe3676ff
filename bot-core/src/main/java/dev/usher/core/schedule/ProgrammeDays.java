package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The conference's programme days, read from the schedule in the conference's zone.
 *
 * <p>A programme day is not a calendar day: many conferences run past midnight (31C3's days end at
 * 04:00 the next morning). The rule: a session starting before {@link #DAY_BREAK} (05:00) belongs
 * to the previous date's programme when that previous date has a session starting at or after
 * {@link #LATE_EVENING} (18:00); otherwise it belongs to its own date (so a session at 01:50 on the
 * first day of a conference stays on that day). Moments are placed the same way: at 02:00 after a
 * late evening, "today" is still the evening's programme day. Immutable.
 */
final class ProgrammeDays {
  static final LocalTime DAY_BREAK = LocalTime.of(5, 0);
  static final LocalTime LATE_EVENING = LocalTime.of(18, 0);

  private final ZoneId zone;
  private final Set<LocalDate> lateEvenings;
  private final TreeMap<LocalDate, List<Session>> days;

  ProgrammeDays(Schedule schedule, ZoneId zone) {
    this.zone = zone;
    this.lateEvenings =
        schedule.sessions().stream()
            .map(s -> s.start().withZoneSameInstant(zone))
            .filter(start -> !start.toLocalTime().isBefore(LATE_EVENING))
            .map(ZonedDateTime::toLocalDate)
            .collect(Collectors.toUnmodifiableSet());
    Map<LocalDate, List<Session>> grouped =
        schedule.sessions().stream()
            .collect(
                Collectors.groupingBy(s -> dayOf(s.start()), TreeMap::new, Collectors.toList()));
    this.days = new TreeMap<>(grouped);
  }

  /** The programme day {@code moment} belongs to (see the class comment for the rule). */
  LocalDate dayOf(ZonedDateTime moment) {
    ZonedDateTime local = moment.withZoneSameInstant(zone);
    LocalDate date = local.toLocalDate();
    if (local.toLocalTime().isBefore(DAY_BREAK) && lateEvenings.contains(date.minusDays(1))) {
      return date.minusDays(1);
    }
    return date;
  }

  List<LocalDate> days() {
    return List.copyOf(days.keySet());
  }

  boolean isEmpty() {
    return days.isEmpty();
  }

  LocalDate first() {
    return days.firstKey();
  }

  LocalDate last() {
    return days.lastKey();
  }

  boolean has(LocalDate day) {
    return days.containsKey(day);
  }

  List<Session> sessionsOn(LocalDate day) {
    return days.getOrDefault(day, List.of());
  }

  /** The next programme day after {@code day}, if any. */
  Optional<LocalDate> after(LocalDate day) {
    return Optional.ofNullable(days.higherKey(day));
  }

  ZoneId zone() {
    return zone;
  }
}
