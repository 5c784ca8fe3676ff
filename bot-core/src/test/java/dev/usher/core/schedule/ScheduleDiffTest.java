package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.ScheduleChanges;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleDiffTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private static Session session(String id, String title, String localStart, String room) {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse(localStart), ZONE);
    return new Session(
        id,
        title,
        start,
        start.plusMinutes(45),
        Optional.of(room),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }

  private static List<String> lines(Schedule before, Schedule after) {
    List<ScheduleChange> changes = ScheduleDiff.between(before, after);
    return changes.isEmpty()
        ? List.of()
        : new ScheduleChanges(changes, ZONE)
            .lines().stream().map(ScheduleChanges.Line::text).toList();
  }

  @Test
  void namesEachMovedCancelledAddedAndRenamedSessionWithWhatItWasAndIsNow() {
    Schedule before =
        new Schedule(
            ZONE,
            List.of(
                session("a", "Keynote", "2026-06-01T09:00", "Hall"),
                session("b", "Rust for Java people", "2026-06-01T10:00", "Room 1"),
                session("c", "Lightning talks", "2026-06-01T11:00", "Room 2"),
                session("d", "Closing", "2026-06-01T17:00", "Hall")));
    Schedule after =
        new Schedule(
            ZONE,
            List.of(
                session("a", "Keynote", "2026-06-01T09:00", "Hall"),
                session("b", "Rust for Java developers", "2026-06-01T14:00", "Room 3"),
                session("d", "Closing and prizes", "2026-06-01T17:00", "Hall"),
                session("e", "Birds of a feather", "2026-06-01T12:00", "Room 2")));

    assertThat(lines(before, after))
        .containsExactly(
            "Cancelled: Lightning talks (was Monday 1 June, 11:00–11:45 · Room 2)",
            "Added: Birds of a feather (now Monday 1 June, 12:00–12:45 · Room 2)",
            "Moved and renamed: Rust for Java developers (was “Rust for Java people”, Monday 1 June,"
                + " 10:00–10:45 · Room 1; now Monday 1 June, 14:00–14:45 · Room 3)",
            "Renamed: Closing and prizes (was “Closing”)");
  }

  @Test
  void aSessionWithTheSameIdTimeRoomAndTitleIsNoChangeWhateverElseIsEdited() {
    Session before = session("a", "Keynote", "2026-06-01T09:00", "Hall");
    Session after =
        new Session(
            "a",
            "Keynote",
            before.start().withZoneSameInstant(ZoneId.of("UTC")),
            before.end(),
            before.room(),
            Optional.of("Main"),
            List.of("Ada"),
            "New abstract",
            Optional.empty());

    assertThat(
            ScheduleDiff.between(
                new Schedule(ZONE, List.of(before)), new Schedule(ZONE, List.of(after))))
        .isEmpty();
  }

  @Test
  void aSessionMovedToAnotherRoomOnlyIsMoved() {
    Schedule before =
        new Schedule(ZONE, List.of(session("a", "Keynote", "2026-06-01T09:00", "Hall")));
    Schedule after =
        new Schedule(ZONE, List.of(session("a", "Keynote", "2026-06-01T09:00", "Room 9")));

    assertThat(lines(before, after))
        .containsExactly(
            "Moved: Keynote (was Monday 1 June, 09:00–09:45 · Hall; now Monday 1 June, 09:00–09:45 · Room 9)");
  }
}
