package dev.usher.core.reminder;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reminder.ReminderSettings.Daily;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.TimeFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a schedule and the reminder settings into the posts to make in a window of time. Pure and
 * thread-safe: the same inputs always give the same posts.
 *
 * <p>All arithmetic is done in the conference zone. A daily time that does not exist on a day
 * (skipped by a spring-forward change) posts at the first instant after the gap; a daily time that
 * happens twice (repeated by a fall-back change) posts once, at its first occurrence.
 */
public final class ReminderPlanner {
  static final String STARTING_SOON = "Starting soon";
  private static final Duration DAY_REACH = Duration.ofHours(50);
  private static final Comparator<PlannedPost> ORDER =
      Comparator.comparing(PlannedPost::at)
          .thenComparing(p -> p.key().kind())
          .thenComparing(p -> p.key().subject())
          .thenComparing(p -> p.key().platform())
          .thenComparing(p -> p.key().channel());

  private final ReminderSettings settings;
  private final ZoneId zone;

  public ReminderPlanner(ReminderSettings settings, ZoneId zone) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ReminderSettings settings() {
    return settings;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * Every post planned at an instant in {@code [from, to)}, in time order (then by kind, subject,
   * platform and channel).
   *
   * @param schedule the sessions; their days are read in the conference zone
   */
  public List<PlannedPost> plan(Schedule schedule, Instant from, Instant to) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<PlannedPost> posts = new ArrayList<>();
    settings.daily().ifPresent(daily -> planDaily(daily, schedule, from, to, posts));
    settings.beforeSession().ifPresent(before -> planBefore(before, schedule, from, to, posts));
    posts.sort(ORDER);
    return List.copyOf(posts);
  }

  /**
   * The instant a local time happens on a day in {@code zone}: the first valid instant after a
   * spring-forward gap (03:00 for 02:30 when clocks jump from 02:00 to 03:00; note that {@code
   * ZonedDateTime.of} would give 03:30), the earlier offset when a fall-back repeats it.
   */
  static ZonedDateTime occurrence(LocalDate day, LocalTime time, ZoneId zone) {
    LocalDateTime local = day.atTime(time);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant().atZone(zone);
    }
    return ZonedDateTime.ofLocal(local, zone, null);
  }

  private void planDaily(
      Daily daily, Schedule schedule, Instant from, Instant to, List<PlannedPost> posts) {
    Map<LocalDate, List<Session>> byDay = new TreeMap<>();
    // A day's post is within a day and a few hours (DST) of its sessions: others can't be in range.
    Instant earliest = from.minus(DAY_REACH);
    Instant latest = to.plus(DAY_REACH);
    for (Session session : schedule.sessions()) {
      Instant start = session.start().toInstant();
      if (start.isAfter(latest)) {
        break; // sessions are in time order
      }
      if (start.isBefore(earliest)) {
        continue;
      }
      LocalDate day = session.start().withZoneSameInstant(zone).toLocalDate();
      byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(session);
    }
    List<Channels.Target> targets = daily.channels().targets();
    byDay.forEach(
        (day, sessions) -> {
          Instant at = occurrence(day, daily.at(), zone).toInstant();
          if (at.isBefore(from) || !at.isBefore(to)) {
            return;
          }
          SessionCards cards = dayCards(day, sessions, daily.maxSessions());
          Instant expires = at.plus(settings.catchUpGrace());
          if (!expires.isAfter(at)) {
            expires = at.plusMillis(1);
          }
          for (Channels.Target target : targets) {
            ReminderKey key =
                new ReminderKey(
                    ReminderKey.Kind.DAILY, day.toString(), target.platform(), target.channel());
            posts.add(new PlannedPost(key, at, expires, cards));
          }
        });
  }

  private SessionCards dayCards(LocalDate day, List<Session> sessions, int max) {
    List<Session> shown = sessions.stream().limit(max).toList();
    Optional<String> more =
        sessions.size() > shown.size()
            ? Optional.of(
                (sessions.size() - shown.size())
                    + " more sessions: use /schedule day:"
                    + day
                    + " to see them all")
            : Optional.empty();
    return new SessionCards(
        "Schedule for " + TimeFormat.day(day), shown, sessions.size(), more, zone, List.of());
  }

  private void planBefore(
      BeforeSession before, Schedule schedule, Instant from, Instant to, List<PlannedPost> posts) {
    for (Session session : schedule.sessions()) {
      Instant start = session.start().toInstant();
      Instant at = start.minus(before.lead());
      if (!at.isBefore(to)) {
        break; // sessions are in time order
      }
      if (at.isBefore(from)) {
        continue;
      }
      SessionCards cards =
          new SessionCards(STARTING_SOON, List.of(session), 1, Optional.empty(), zone, List.of());
      for (Channels.Target target : before.channelsFor(session.room()).targets()) {
        ReminderKey key =
            new ReminderKey(
                ReminderKey.Kind.STARTING_SOON, session.id(), target.platform(), target.channel());
        posts.add(new PlannedPost(key, at, start, cards));
      }
    }
  }
}
