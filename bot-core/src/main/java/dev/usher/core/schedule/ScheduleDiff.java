package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.conference.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a schedule: sessions matched by their stable id (frab's
 * guid, else id; see the schedule readers), so a renamed session is the same session. Pure and
 * thread-safe.
 */
public final class ScheduleDiff {
  // The order an announcement lists changes in: by when the session is (now, else was), then title.
  private static final Comparator<ScheduleChange> ORDER =
      Comparator.comparing((ScheduleChange c) -> shown(c).start().toInstant())
          .thenComparing(ScheduleChange::title);

  private ScheduleDiff() {}

  /**
   * Every session added, cancelled, moved in time or room, or renamed from {@code before} to {@code
   * after}, in the time order of the sessions as they are now (cancelled ones as they were).
   */
  public static List<ScheduleChange> between(Schedule before, Schedule after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Map<String, Session> old = byId(before);
    Map<String, Session> current = byId(after);
    List<ScheduleChange> changes = new ArrayList<>();
    for (Session now : current.values()) {
      Session was = old.get(now.id());
      if (was == null) {
        changes.add(new ScheduleChange.Added(now));
      } else {
        ScheduleChange.Changed changed = new ScheduleChange.Changed(was, now);
        if (changed.movedInTime() || changed.movedRoom() || changed.renamed()) {
          changes.add(changed);
        }
      }
    }
    for (Session was : old.values()) {
      if (!current.containsKey(was.id())) {
        changes.add(new ScheduleChange.Cancelled(was));
      }
    }
    changes.sort(ORDER);
    return List.copyOf(changes);
  }

  private static Map<String, Session> byId(Schedule schedule) {
    Map<String, Session> sessions = new LinkedHashMap<>();
    // Ids are unique per schedule (the readers see to it); the first stays should one repeat.
    schedule.sessions().forEach(s -> sessions.putIfAbsent(s.id(), s));
    return sessions;
  }

  private static Session shown(ScheduleChange change) {
    return switch (change) {
      case ScheduleChange.Added added -> added.now();
      case ScheduleChange.Cancelled cancelled -> cancelled.was();
      case ScheduleChange.Changed changed -> changed.now();
    };
  }
}
