package dev.usher.app.check;

import dev.usher.app.config.UsherSettings;
import dev.usher.knowledge.fetch.FetchState;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleUrl;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code serve}'s fetches of the schedules at a URL left on disk: the copy served and when it
 * was last confirmed, and a last fetch that failed. Reads only the state folder; fetches nothing.
 */
final class FetchCheck {
  private FetchCheck() {}

  /** One line per schedule URL: its copy and its last check. */
  static List<String> found(UsherSettings settings) {
    List<String> found = new ArrayList<>();
    for (URI url : settings.scheduleUrls()) {
      ScheduleCopy copy = ScheduleCopy.of(url, settings.scheduleCopies());
      FetchState state = copy.state();
      found.add(
          "schedule "
              + ScheduleUrl.display(url)
              + ": "
              + (copy.content().isEmpty()
                  ? "no copy yet"
                  : "copy saved "
                      + state.savedAt().map(Object::toString).orElse("(unknown)")
                      + state.checkedAt().map(at -> ", last confirmed " + at).orElse("")));
    }
    return found;
  }

  /**
   * A last fetch that failed while a copy goes on serving, one line each (without a copy, reading
   * the folder already says "not fetched yet" with the reason).
   */
  static List<String> problems(UsherSettings settings) {
    List<String> problems = new ArrayList<>();
    for (URI url : settings.scheduleUrls()) {
      ScheduleCopy copy = ScheduleCopy.of(url, settings.scheduleCopies());
      FetchState state = copy.state();
      if (copy.content().isPresent() && state.failure().isPresent()) {
        problems.add(
            ScheduleUrl.display(url)
                + ": the last fetch failed"
                + state.failedAt().map(at -> " at " + at).orElse("")
                + ": "
                + state.failure().get()
                + " ("
                + state.failures()
                + " in a row); serving the copy saved "
                + state.savedAt().map(Object::toString).orElse("earlier"));
      }
    }
    return problems;
  }
}
