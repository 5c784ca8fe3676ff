package dev.usher.core.reply;

import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.conference.Session;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An announcement of schedule changes: each session added, cancelled, moved or renamed, with what
 * it was and what it is now, times in the conference's zone.
 *
 * @param changes at least one, in the order to show them
 */
public record ScheduleChanges(
    String heading, List<ScheduleChange> changes, ZoneId zone, List<String> notes)
    implements Reply {

  public ScheduleChanges {
    Objects.requireNonNull(heading, "heading");
    changes = List.copyOf(changes);
    Objects.requireNonNull(zone, "zone");
    notes = List.copyOf(notes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("changes must not be empty");
    }
  }

  public ScheduleChanges(List<ScheduleChange> changes, ZoneId zone) {
    this(heading(changes.size()), changes, zone, List.of());
  }

  private static String heading(int count) {
    return count == 1 ? "Schedule change" : count + " schedule changes";
  }

  @Override
  public ScheduleChanges withNote(String note) {
    return new ScheduleChanges(heading, changes, zone, Notes.first(note, notes));
  }

  /**
   * The changes as plain text for renderers, which escape it for their platform: one line per
   * change, so every platform says the same.
   */
  public List<Line> lines() {
    return changes.stream().map(this::line).toList();
  }

  /**
   * One change in words.
   *
   * @param change what happened: "Moved", "Moved and renamed", "Cancelled", "Added", ...
   * @param title the session's title now (as it was, when cancelled)
   * @param was what it was; empty for an added session
   * @param now what it is now; empty for a cancelled session
   */
  public record Line(String change, String title, Optional<String> was, Optional<String> now) {
    public Line {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(was, "was");
      Objects.requireNonNull(now, "now");
    }

    /** The line as one text: {@code Moved: Title (was ...; now ...)}. */
    public String text() {
      List<String> parts = new ArrayList<>();
      was.ifPresent(w -> parts.add("was " + w));
      now.ifPresent(n -> parts.add("now " + n));
      return change + ": " + title + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }
  }

  private Line line(ScheduleChange change) {
    return switch (change) {
      case ScheduleChange.Added added ->
          new Line("Added", added.title(), Optional.empty(), Optional.of(slot(added.now())));
      case ScheduleChange.Cancelled cancelled ->
          new Line(
              "Cancelled", cancelled.title(), Optional.of(slot(cancelled.was())), Optional.empty());
      case ScheduleChange.Changed changed -> changedLine(changed);
    };
  }

  private Line changedLine(ScheduleChange.Changed changed) {
    boolean moved = changed.movedInTime() || changed.movedRoom();
    String what = moved && changed.renamed() ? "Moved and renamed" : moved ? "Moved" : "Renamed";
    List<String> was = new ArrayList<>();
    List<String> now = new ArrayList<>();
    if (changed.renamed()) {
      was.add("\u201c" + changed.was().title() + "\u201d");
    }
    if (moved) {
      was.add(slot(changed.was()));
      now.add(slot(changed.now()));
    }
    return new Line(
        what,
        changed.title(),
        Optional.of(String.join(", ", was)),
        now.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", now)));
  }

  /** When and where, in the conference zone: {@code Saturday 25 April, 09:00–10:00 · Hall A}. */
  private String slot(Session session) {
    String when = TimeFormat.span(session, zone);
    return when + session.room().map(r -> " \u00b7 " + r).orElse("");
  }
}
