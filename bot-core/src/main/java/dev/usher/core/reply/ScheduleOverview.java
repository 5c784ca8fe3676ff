package dev.usher.core.reply;

import dev.usher.core.conference.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A summary of too many sessions to show one by one (a whole day, a busy room): groups by time slot
 * or by day with their counts and a few sessions each, and the commands that show the rest.
 *
 * @param heading what is summarized, such as "Saturday 27 December: 38 sessions"
 * @param groups the groups in order; together they hold all {@code total} sessions
 * @param showMore commands that show a part in full, such as {@code /schedule saturday --room Saal
 *     1}
 */
public record ScheduleOverview(
    String heading,
    List<Group> groups,
    int total,
    List<String> showMore,
    ZoneId zone,
    List<String> notes)
    implements Reply {
  public ScheduleOverview {
    Objects.requireNonNull(heading, "heading");
    groups = List.copyOf(groups);
    showMore = List.copyOf(showMore);
    Objects.requireNonNull(zone, "zone");
    notes = List.copyOf(notes);
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
  }

  @Override
  public ScheduleOverview withNote(String note) {
    return new ScheduleOverview(heading, groups, total, showMore, zone, Notes.first(note, notes));
  }

  /**
   * One group of the summary.
   *
   * @param label such as "14:00–16:00" or "Sunday 28 December"
   * @param count how many sessions the group holds
   * @param highlights the first few of them, in time order; at most {@code count}
   */
  public record Group(String label, int count, List<Session> highlights) {
    public Group {
      Objects.requireNonNull(label, "label");
      highlights = List.copyOf(highlights);
      if (count < highlights.size()) {
        throw new IllegalArgumentException("count " + count + " < highlights " + highlights.size());
      }
    }
  }
}
