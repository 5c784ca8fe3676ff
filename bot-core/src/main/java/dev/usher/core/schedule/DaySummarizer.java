package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.ScheduleOverview.Group;
import dev.usher.core.reply.TimeFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summarizes more sessions than fit in a message: sessions of one day by two-hour time slot,
 * sessions over several days by day, each group with its count and first few sessions, and the
 * commands that show the rest (by room, or by day). Nothing is cut mid-way: every session is
 * counted in a group.
 */
final class DaySummarizer {
  static final int HIGHLIGHTS = 3;
  private static final int MAX_COMMANDS = 8;

  private final ScheduleView view;

  DaySummarizer(ScheduleView view) {
    this.view = view;
  }

  /**
   * @param command the command that listed {@code sessions}, such as {@code schedule saturday}; the
   *     commands to see more narrow it by room (one day) or name each day (several days)
   */
  Reply summarize(String heading, List<Session> sessions, List<String> notes, String command) {
    Map<LocalDate, List<Session>> byDay = new LinkedHashMap<>();
    for (Session session : sessions) {
      byDay.computeIfAbsent(view.days.dayOf(session.start()), d -> new ArrayList<>()).add(session);
    }
    List<Group> groups = new ArrayList<>();
    List<String> more = new ArrayList<>();
    if (byDay.size() == 1) {
      groups.addAll(bySlot(sessions));
      for (String room : roomsOf(sessions)) {
        if (more.size() < MAX_COMMANDS && !command.contains("--room")) {
          more.add("/" + command + " --room " + ScheduleView.argument(room));
        }
      }
    } else {
      byDay.forEach(
          (day, ofDay) -> {
            groups.add(new Group(view.dayLabel(day), ofDay.size(), first(ofDay)));
            if (more.size() < MAX_COMMANDS) {
              more.add(
                  "/"
                      + command.replaceFirst(
                          "^(room|track|speaker) ", "schedule " + day + " --$1 "));
            }
          });
    }
    return new ScheduleOverview(
        heading + " (" + sessions.size() + " sessions)",
        groups,
        sessions.size(),
        more,
        view.conference.zone(),
        notes);
  }

  private List<Group> bySlot(List<Session> sessions) {
    Map<String, List<Session>> slots = new LinkedHashMap<>();
    for (Session session : sessions) {
      ZonedDateTime start = session.start().withZoneSameInstant(view.conference.zone());
      LocalTime from = LocalTime.of(start.getHour() - start.getHour() % 2, 0);
      String label = TimeFormat.times(from, from.plusHours(2));
      slots.computeIfAbsent(label, l -> new ArrayList<>()).add(session);
    }
    List<Group> groups = new ArrayList<>();
    slots.forEach((label, inSlot) -> groups.add(new Group(label, inSlot.size(), first(inSlot))));
    return groups;
  }

  private static List<Session> first(List<Session> sessions) {
    return sessions.subList(0, Math.min(HIGHLIGHTS, sessions.size()));
  }

  private static List<String> roomsOf(List<Session> sessions) {
    return sessions.stream().flatMap(s -> s.room().stream()).distinct().sorted().toList();
  }
}
