package dev.usher.core.schedule;

import dev.usher.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          "Nothing else is scheduled" + (rooms.isEmpty() ? "" : " in " + String.join(", ", rooms)) + ".",
          List.of(),
          allNotes);
    }
    String heading = "Next" + (rooms.isEmpty() ? "" : " in " + String.join(", ", rooms));
    return view.cardsOrOverview(heading, next, allNotes, "schedule");
  }

  /** The first sessions to start after now, per room; {@code rooms} empty means every room. */
  List<Session> nextPerRoom(List<String> rooms) {
    Map<String, List<Session>> byRoom = new LinkedHashMap<>();
    for (Session session : view.schedule.sessions()) {
      if (!session.start().isAfter(view.now)) {
        continue;
      }
      String room = session.room().orElse("");
      if (!rooms.isEmpty() && !rooms.contains(room)) {
        continue;
      }
      List<Session> inRoom = byRoom.computeIfAbsent(room, r -> new ArrayList<>());
      if (inRoom.isEmpty() || inRoom.get(0).start().equals(session.start())) {
        inRoom.add(session);
      }
    }
    java.time.LocalDate firstDay =
        byRoom.values().stream()
            .map(l -> view.days.dayOf(l.get(0).start()))
            .min(java.util.Comparator.naturalOrder())
            .orElse(view.today);
    return byRoom.values().stream()
        .flatMap(List::stream)
        .filter(s -> view.days.dayOf(s.start()).equals(firstDay))
        .sorted(java.util.Comparator.comparing((Session s) -> s.start().toInstant())
            .thenComparing(s -> s.room().orElse("")))
        .toList();
  }
}
