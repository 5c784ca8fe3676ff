package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code schedule [DAY] [--room R] [--track T]}: the sessions of a programme day in time and room
 * order, summarized by time slot when there are too many. Without a day: today; before the
 * conference, its first day with a note; after it, that it has ended.
 */
final class DayCommand {
  private final ScheduleView view;

  DayCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(Optional<String> dayText, Optional<String> roomText, Optional<String> trackText) {
    if (view.days.isEmpty()) {
      return view.nothing("The schedule has no sessions yet.", List.of(), List.of());
    }
    List<String> notes = new ArrayList<>();
    LocalDate day;
    if (dayText.isPresent()) {
      Optional<LocalDate> resolved = view.dayResolver.resolve(dayText.get());
      if (resolved.isEmpty()) {
        return view.nothing(
            "I don't know which day \"" + dayText.get() + "\" is.",
            view.days.days().stream().map(LocalDate::toString).toList(),
            List.of());
      }
      day = resolved.get();
    } else if (view.beforeConference()) {
      notes.add(view.startsNote());
      day = view.days.first();
    } else if (view.afterConference()) {
      return view.ended();
    } else {
      day = view.today;
    }
    return show(day, roomText, trackText, notes);
  }

  Reply show(
      LocalDate day, Optional<String> roomText, Optional<String> trackText, List<String> notes) {
    if (!view.days.has(day)) {
      return view.nothing(
          "There are no sessions on "
              + view.dayLabel(day)
              + ". The conference days are "
              + String.join(", ", view.days.days().stream().map(view::dayLabel).toList())
              + ".",
          List.of(),
          notes);
    }
    String heading = view.dayLabel(day);
    String command = "schedule " + day;
    List<String> rooms = List.of();
    List<String> tracks = List.of();
    if (roomText.isPresent()) {
      rooms = view.rooms.find(roomText.get());
      if (rooms.isEmpty()) {
        return Unknown.room(view, roomText.get());
      }
      heading += " in " + String.join(", ", rooms);
      command += " --room " + ScheduleView.argument(rooms.get(0));
    }
    if (trackText.isPresent()) {
      tracks = view.tracks.find(trackText.get());
      if (tracks.isEmpty()) {
        return Unknown.track(view, trackText.get());
      }
      heading += ", track " + String.join(", ", tracks);
      command += " --track " + ScheduleView.argument(tracks.get(0));
    }
    // The room's or track's sessions of that day, not the day's sessions filtered one by one.
    List<Session> sessions =
        view.index
            .named(rooms, tracks, List.of())
            .map(named -> view.onDay(named, day))
            .orElseGet(() -> view.days.sessionsOn(day));
    if (sessions.isEmpty()) {
      return view.nothing("Nothing in the schedule for " + heading + ".", List.of(), notes);
    }
    return view.cardsOrOverview(heading, sessions, notes, command);
  }
}
