package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.util.List;
import java.util.Optional;

/** {@code now}: the sessions running at this moment; between sessions, what comes next. */
final class NowCommand {
  private final ScheduleView view;

  NowCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run() {
    if (view.beforeConference()) {
      return new DayCommand(view).run(Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (view.afterConference()) {
      return view.ended();
    }
    List<Session> running = ScheduleView.latestFirst(view.index.all().runningAt(view.now));
    if (running.isEmpty()) {
      return new NextCommand(view).run(Optional.empty(), List.of("Nothing is running right now."));
    }
    return view.cardsOrOverview("On now", running, List.of(), "schedule today");
  }
}
