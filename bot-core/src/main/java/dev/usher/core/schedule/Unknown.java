package dev.usher.core.schedule;

import dev.usher.core.reply.Reply;
import java.util.List;

/** The replies for a room, track or speaker the schedule does not know, with the closest ones. */
final class Unknown {
  private static final int SUGGESTIONS = 3;

  private Unknown() {}

  static Reply room(ScheduleView view, String typed) {
    return reply(view, "room", typed, view.rooms);
  }

  static Reply track(ScheduleView view, String typed) {
    return reply(view, "track", typed, view.tracks);
  }

  static Reply speaker(ScheduleView view, String typed) {
    return reply(view, "speaker", typed, view.speakers);
  }

  private static Reply reply(ScheduleView view, String what, String typed, NameMatcher known) {
    List<String> closest = known.closest(typed, SUGGESTIONS);
    String message =
        "The schedule has no "
            + what
            + " called \""
            + typed.strip()
            + "\"."
            + (closest.isEmpty() ? "" : " Did you mean " + String.join(", ", closest) + "?");
    return view.nothing(message, closest, List.of());
  }
}
