package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.util.List;

/**
 * {@code track NAME}: the sessions of the tracks the name stands for (forgiving: case, accents,
 * partial names, small typos), in time order; the closest known tracks when none matches.
 */
final class TrackCommand {
  private final ScheduleView view;

  TrackCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(String name) {
    List<String> names = view.tracks.find(name);
    if (names.isEmpty()) {
      return Unknown.track(view, name);
    }
    List<Session> sessions = view.index.inTracks(names);
    return view.cardsOrOverview(
        "Track " + String.join(", ", names),
        sessions,
        List.of(),
        "track " + ScheduleView.argument(names.get(0)));
  }
}
