package dev.usher.core.schedule;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.reply.Reply;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedule commands and plain-words schedule questions over one snapshot of the schedule, at
 * one moment read from the clock in the conference's zone. Cheap to make: one per request. Each
 * command is its own class; this is their entry point.
 */
public final class ScheduleCommands {
  private final ScheduleView view;

  ScheduleCommands(Conference conference, Schedule schedule, Clock clock) {
    this(
        conference,
        ScheduleLookup.of(Objects.requireNonNull(schedule, "schedule"), conference.zone()),
        clock);
  }

  /**
   * @param lookup a schedule's lookup in {@code conference}'s zone, shared between requests
   */
  public ScheduleCommands(Conference conference, ScheduleLookup lookup, Clock clock) {
    Objects.requireNonNull(conference, "conference");
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(clock, "clock");
    this.view = new ScheduleView(conference, lookup, ZonedDateTime.now(clock));
  }

  /**
   * A reply from the schedule when {@code question} is clearly about sessions; empty otherwise, so
   * the documents can answer. See {@link ScheduleQuestionAnswerer} for when a question is claimed.
   */
  Optional<Reply> answerQuestion(String question) {
    Objects.requireNonNull(question, "question");
    return new ScheduleQuestionAnswerer(view).answer(question);
  }

  /**
   * The schedule's answer to a plain-words question, and whether the question is the schedule's
   * alone.
   */
  public Optional<ScheduleClaim> claimQuestion(String question) {
    Objects.requireNonNull(question, "question");
    return new ScheduleQuestionAnswerer(view).claim(question);
  }

  /** The sessions running now (what comes next between sessions). */
  public Reply now() {
    return new NowCommand(view).run();
  }

  /** The next session in each room, or in the room {@code room} stands for. */
  public Reply next(Optional<String> room) {
    return new NextCommand(view).run(room, List.of());
  }

  /** The sessions of a day (today when absent), optionally of one room and one track. */
  public Reply day(Optional<String> day, Optional<String> room, Optional<String> track) {
    return new DayCommand(view).run(day, room, track);
  }

  public Reply session(String title) {
    return new SessionCommand(view).run(title);
  }

  public Reply speaker(String name) {
    return new SpeakerCommand(view).run(name);
  }

  public Reply room(String name) {
    return new RoomCommand(view).run(name);
  }

  public Reply track(String name) {
    return new TrackCommand(view).run(name);
  }

  /** The programme day {@code text} names (today, friday, 2026-04-24...), if any. */
  public Optional<java.time.LocalDate> resolveDay(String text) {
    return view.dayResolver.resolve(text);
  }

  /** Day words completing {@code prefix}: today, tomorrow, the conference's weekdays and dates. */
  public List<String> dayCompletions(String prefix, int max) {
    return view.dayResolver.completions(prefix, max);
  }
}
