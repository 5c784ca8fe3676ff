package dev.usher.core.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a plain-words question asks of the schedule.
 *
 * @param day the programme day named ("tomorrow", "saturday", a date)
 * @param part a part of the day ("this morning", "tonight")
 * @param at a clock time ("at 3pm", "15:30")
 * @param moment now, next or later, when the question says so
 * @param rooms, tracks, speakers the schedule's own values the question names
 * @param topic the remaining content words (question, schedule and time words removed)
 * @param asksSessions whether it names a kind of session ("talk", "session", "workshop")
 * @param asksTimeOrPlace whether it asks when, where, or who presents
 * @param asksAbout whether it asks for sessions about a topic ("talks about", "who speaks on"); "is
 *     there a workshop on" is left to the documents
 */
record ScheduleQuestion(
    Optional<LocalDate> day,
    Optional<DayPart> part,
    Optional<LocalTime> at,
    Optional<Moment> moment,
    List<String> rooms,
    List<String> tracks,
    List<String> speakers,
    List<String> topic,
    boolean asksSessions,
    boolean asksTimeOrPlace,
    boolean asksAbout) {

  enum Moment {
    NOW,
    NEXT,
    LATER
  }

  /** Parts of a programme day, in the day's local time; evening runs past midnight. */
  enum DayPart {
    MORNING(LocalTime.of(5, 0), LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(12, 0), LocalTime.of(18, 0)),
    EVENING(LocalTime.of(18, 0), ProgrammeDays.DAY_BREAK);

    final LocalTime from;
    final LocalTime to;

    DayPart(LocalTime from, LocalTime to) {
      this.from = from;
      this.to = to;
    }
  }

  ScheduleQuestion {
    rooms = List.copyOf(rooms);
    tracks = List.copyOf(tracks);
    speakers = List.copyOf(speakers);
    topic = List.copyOf(topic);
  }

  boolean hasTime() {
    return day.isPresent() || part.isPresent() || at.isPresent() || moment.isPresent();
  }

  boolean namesSomething() {
    return !rooms.isEmpty() || !tracks.isEmpty() || !speakers.isEmpty();
  }
}
