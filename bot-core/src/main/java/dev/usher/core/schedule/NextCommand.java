package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code next [ROOM]}: the next session to start in each room (or in one room), in time order.
 * Sessions starting at the same moment in a room are all shown.
 */
final class NextCommand {
  private final ScheduleView view;

  NextCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(Optional<String> roomText, List<String> notes) {
    List<String> allNotes = new ArrayList<>(notes);
    if (view.beforeConference()) {
      allNotes.add(view.startsNote());
    }
    if (view.afterConference()) {
      return view.ended();
    }
    List<String> rooms = List.of();
    if (roomText.isPresent()) {
      rooms = view.rooms.find(roomText.get());
      if (rooms.isEmpty()) {
        return Unknown.room(view, roomText.get());
      }
    }
    List<Session> next = nextPerRoom(rooms);
    if (next.isEmpty()) {
      return view.nothing(
          "Nothing else is scheduled"
              + (rooms.isEmpty() ? "" : " in " + String.join(", ", rooms))
              + ".",
          List.of(),
          allNotes);
    }
    String heading = "Next" + (rooms.isEmpty() ? "" : " in " + String.join(", ", rooms));
    return view.cardsOrOverview(heading, next, allNotes, "schedule");
  }

  /** The first sessions to start after now, per room; {@code rooms} empty means every room. */
  List<Session> nextPerRoom(List<String> rooms) {
    List<Session> firsts = new ArrayList<>();
    for (String room : rooms.isEmpty() ? view.index.roomKeys() : rooms) {
      List<Session> later = view.index.room(room).startingAfter(view.now);
      if (later.isEmpty()) {
        continue;
      }
      ZonedDateTime first = later.get(0).start();
      for (Session session : later) {
        if (!session.start().equals(first)) {
          break;
        }
        firsts.add(session);
      }
    }
    LocalDate firstDay =
        firsts.stream()
            .map(s -> view.days.dayOf(s.start()))
            .min(Comparator.naturalOrder())
            .orElse(view.today);
    // Sorted by start and room; sessions of one room and start keep their schedule order (stable
    // sort).
    return firsts.stream()
        .filter(s -> view.days.dayOf(s.start()).equals(firstDay))
        .sorted(
            Comparator.comparing((Session s) -> s.start().toInstant())
                .thenComparing(s -> s.room().orElse("")))
        .toList();
  }
}
