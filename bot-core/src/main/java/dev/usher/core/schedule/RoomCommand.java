package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.util.List;

/**
 * {@code room NAME}: the sessions of the rooms the name stands for (forgiving: case, accents,
 * partial names, small typos), in time order; the closest known rooms when none matches.
 */
final class RoomCommand {
  private final ScheduleView view;

  RoomCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(String name) {
    List<String> names = view.rooms.find(name);
    if (names.isEmpty()) {
      return Unknown.room(view, name);
    }
    List<Session> sessions = view.index.inRooms(names);
    return view.cardsOrOverview(
        "Sessions in " + String.join(", ", names),
        sessions,
        List.of(),
        "room " + ScheduleView.argument(names.get(0)));
  }
}
