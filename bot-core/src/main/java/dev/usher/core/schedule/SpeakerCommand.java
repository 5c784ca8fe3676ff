package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.util.List;

/**
 * {@code speaker NAME}: the sessions of the speakers the name stands for (forgiving: case, accents,
 * partial names, small typos), in time order; the closest known speakers when none matches.
 */
final class SpeakerCommand {
  private final ScheduleView view;

  SpeakerCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(String name) {
    List<String> names = view.speakers.find(name);
    if (names.isEmpty()) {
      return Unknown.speaker(view, name);
    }
    List<Session> sessions = view.index.ofSpeakers(names);
    return view.cardsOrOverview(
        "Sessions of " + String.join(", ", names),
        sessions,
        List.of(),
        "speaker " + ScheduleView.argument(names.get(0)));
  }
}
