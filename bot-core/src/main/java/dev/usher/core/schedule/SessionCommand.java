package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import java.util.List;

/**
 * {@code session TITLE}: sessions found by a forgiving title match (case, accents, word order,
 * typos, partial titles), the best first; the closest titles when nothing matches well.
 */
final class SessionCommand {
  static final double GOOD_MATCH = 0.6;
  private static final int MAX_SHOWN = 5;

  private final ScheduleView view;

  SessionCommand(ScheduleView view) {
    this.view = view;
  }

  Reply run(String title) {
    List<String> words = Words.tokens(title).stream().filter(w -> !Words.STOP.contains(w)).toList();
    if (words.isEmpty()) {
      words = Words.tokens(title);
    }
    SessionMatcher matcher = view.sessions;
    List<SessionMatcher.Scored> ranked = matcher.rank(words, false, GOOD_MATCH);
    if (ranked.isEmpty()) {
      List<String> closest =
          matcher.rank(words, true, 0.01).stream().limit(3).map(s -> s.session().title()).toList();
      return view.nothing(
          "No session title matches \""
              + title.strip()
              + "\"."
              + (closest.isEmpty() ? "" : " Closest: " + String.join("; ", closest) + "."),
          closest,
          List.of());
    }
    double best = ranked.get(0).coverage();
    List<Session> shown =
        ranked.stream()
            .filter(s -> s.coverage() >= best - 0.15)
            .limit(MAX_SHOWN)
            .map(SessionMatcher.Scored::session)
            .toList();
    return view.cards(
        shown.size() == 1 ? shown.get(0).title() : "Sessions matching \"" + title.strip() + "\"",
        shown,
        List.of());
  }
}
