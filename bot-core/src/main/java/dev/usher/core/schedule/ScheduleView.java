package dev.usher.core.schedule;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.TimeFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One schedule seen at one moment, in the conference's zone: the programme days, today's day, the
 * known rooms, tracks and speakers (from the schedule's {@link ScheduleLookup}), and the replies
 * every command builds. Immutable; one per request.
 */
final class ScheduleView {
  static final int MAX_CARDS = 12;

  final Conference conference;
  final Schedule schedule;
  final ZonedDateTime now;
  final ProgrammeDays days;
  final LocalDate today;
  final DayResolver dayResolver;
  final NameMatcher rooms;
  final RoomNames roomNames;
  final NameMatcher tracks;
  final NameMatcher speakers;
  final SessionMatcher sessions;
  final SessionIndex index;

  /**
   * @param lookup the schedule's lookup, built in {@code conference}'s zone
   */
  ScheduleView(Conference conference, ScheduleLookup lookup, ZonedDateTime now) {
    this.conference = conference;
    this.schedule = lookup.schedule;
    this.now = now.withZoneSameInstant(conference.zone());
    this.days = lookup.days;
    this.today = days.dayOf(this.now);
    this.dayResolver = new DayResolver(days, today);
    this.rooms = lookup.rooms;
    this.roomNames = lookup.roomNames;
    this.tracks = lookup.tracks;
    this.speakers = lookup.speakers;
    this.sessions = lookup.sessions;
    this.index = lookup.index;
  }

  boolean beforeConference() {
    return !days.isEmpty() && now.isBefore(schedule.sessions().get(0).start());
  }

  boolean afterConference() {
    return !days.isEmpty() && !index.all().anyEndsAfter(now);
  }

  /** The sessions of {@code inStartOrder} on programme {@code day}, found by binary search. */
  List<Session> onDay(List<Session> inStartOrder, LocalDate day) {
    return TimeOrder.slice(
        inStartOrder,
        start -> !days.dayOf(start).isBefore(day),
        start -> days.dayOf(start).isAfter(day));
  }

  String dayLabel(LocalDate day) {
    return TimeFormat.day(day);
  }

  /** Cards for {@code found}, or a summary when there are too many to read. */
  Reply cardsOrOverview(String heading, List<Session> found, List<String> notes, String command) {
    if (found.isEmpty()) {
      return nothing("Nothing in the schedule matches.", List.of(), notes);
    }
    if (found.size() > MAX_CARDS) {
      return new DaySummarizer(this).summarize(heading, found, notes, command);
    }
    return cards(heading, found, notes);
  }

  /**
   * Sessions running at one moment, the most recently started first: those can still be joined,
   * while an all-day desk or workshop that started hours ago is less news.
   */
  static List<Session> latestFirst(List<Session> running) {
    return running.stream()
        .sorted(
            java.util.Comparator.comparing((Session s) -> s.start().toInstant())
                .reversed()
                .thenComparing(s -> s.room().orElse("")))
        .toList();
  }

  SessionCards cards(String heading, List<Session> shown, List<String> notes) {
    return new SessionCards(
        heading, shown, shown.size(), Optional.empty(), conference.zone(), notes);
  }

  NoAnswer nothing(String message, List<String> didYouMean, List<String> notes) {
    return new NoAnswer(message, conference.help(), didYouMean, List.of(), notes);
  }

  Reply ended() {
    return nothing(
        conference.name() + " has ended: its last session was on " + dayLabel(days.last()) + ".",
        List.of(),
        List.of());
  }

  String startsNote() {
    return conference.name()
        + " has not started yet: it starts on "
        + dayLabel(days.first())
        + ". Here is the first day.";
  }

  /** Quotes a value for a command line when it has spaces. */
  static String argument(String value) {
    return value.contains(" ") ? "\"" + value + "\"" : value;
  }
}
