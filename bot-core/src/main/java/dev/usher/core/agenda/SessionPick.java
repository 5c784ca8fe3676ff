package dev.usher.core.agenda;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.TimeFormat;
import dev.usher.core.schedule.ScheduleCommands;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one session a title names, for starring: an exact id or title first (what autocomplete and
 * buttons send), else the forgiving match of {@code /session}, when it finds exactly one.
 *
 * @param refusal what to say when no single session is named
 */
record SessionPick(Optional<Session> session, Optional<Reply> refusal) {
  private static final int LISTED = 5;

  static SessionPick of(String title, Schedule schedule, ScheduleCommands commands) {
    String wanted = normal(title);
    if (wanted.isEmpty()) {
      return refuse(new Info("Which session?", "Give a session's title: /star TITLE."));
    }
    List<Session> exact =
        schedule.sessions().stream()
            .filter(s -> s.id().equals(title.strip()) || normal(s.title()).equals(wanted))
            .toList();
    if (exact.size() == 1) {
      return new SessionPick(Optional.of(exact.getFirst()), Optional.empty());
    }
    if (exact.size() > 1) {
      return refuse(which(exact, schedule));
    }
    Reply found = commands.session(title);
    if (found instanceof SessionCards cards && cards.sessions().size() == 1) {
      return new SessionPick(Optional.of(cards.sessions().getFirst()), Optional.empty());
    }
    if (found instanceof SessionCards cards) {
      return refuse(which(cards.sessions(), schedule));
    }
    return refuse(found);
  }

  private static SessionPick refuse(Reply reply) {
    return new SessionPick(Optional.empty(), Optional.of(reply));
  }

  private static Info which(List<Session> sessions, Schedule schedule) {
    String listed =
        sessions.stream()
            .limit(LISTED)
            .map(s -> "- " + s.title() + ", " + TimeFormat.moment(s.start(), schedule.zone()))
            .collect(Collectors.joining("\n"));
    return new Info(
        "Which session?", "Several sessions match; star one by its full title:\n" + listed);
  }

  static String normal(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
