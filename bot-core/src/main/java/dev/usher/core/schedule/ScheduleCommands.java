package dev.usher.core.schedule;

import dev.usher.core.conference.Conference;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The schedule commands over one snapshot of the schedule, at one moment. Cheap to make: one per
 * request.
 */
public final class ScheduleCommands {
  private static final int MAX_CARDS = 10;

  private final Conference conference;
  private final Schedule schedule;
  private final ZonedDateTime now;

  public ScheduleCommands(Conference conference, Schedule schedule, Clock clock) {
    this.conference = conference;
    this.schedule = schedule;
    this.now = ZonedDateTime.now(clock).withZoneSameInstant(conference.zone());
  }

  /** A reply from the schedule when {@code question} asks about sessions; empty otherwise. */
  public Optional<Reply> answerQuestion(String question) {
    return Optional.empty();
  }

  public Reply now() {
    return cards("On now", s -> s.runsAt(now));
  }

  public Reply next(Optional<String> room) {
    return cards(
        "Next" + room.map(r -> " in " + r).orElse(""),
        s -> s.start().isAfter(now) && room.map(r -> matches(s.room(), r)).orElse(true));
  }

  public Reply day(Optional<String> day, Optional<String> room, Optional<String> track) {
    return cards(
        "Schedule",
        s -> room.map(r -> matches(s.room(), r)).orElse(true)
            && track.map(t -> matches(s.track(), t)).orElse(true));
  }

  public Reply session(String title) {
    return cards("Sessions", s -> contains(s.title(), title));
  }

  public Reply speaker(String name) {
    return cards("Sessions of " + name, s -> s.speakers().stream().anyMatch(p -> contains(p, name)));
  }

  public Reply room(String name) {
    return cards("Sessions in " + name, s -> matches(s.room(), name));
  }

  public Reply track(String name) {
    return cards("Sessions of track " + name, s -> matches(s.track(), name));
  }

  public List<String> dayCompletions(String prefix, int max) {
    return List.of("today", "tomorrow").stream()
        .filter(d -> d.startsWith(prefix.toLowerCase(Locale.ROOT)))
        .limit(max)
        .toList();
  }

  private Reply cards(String heading, Predicate<Session> filter) {
    List<Session> found = schedule.sessions().stream().filter(filter).toList();
    if (found.isEmpty()) {
      return new NoAnswer(
          "Nothing in the schedule matches.", conference.help(), List.of(), List.of(), List.of());
    }
    List<Session> shown = found.stream().limit(MAX_CARDS).toList();
    Optional<String> more =
        found.size() > shown.size()
            ? Optional.of((found.size() - shown.size()) + " more not shown")
            : Optional.empty();
    return new SessionCards(heading, shown, found.size(), more, conference.zone(), List.of());
  }

  private static boolean matches(Optional<String> value, String wanted) {
    return value.map(v -> v.equalsIgnoreCase(wanted.strip())).orElse(false);
  }

  private static boolean contains(String value, String wanted) {
    return value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
  }
}
