package dev.usher.core.schedule;

import static dev.usher.core.schedule.Fixtures.RIO;
import static dev.usher.core.schedule.Fixtures.conference;
import static dev.usher.core.schedule.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.conference.Session;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderTest {
  private final TimeOrder all = TimeOrder.of(conference().sessions());

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(RIO);
  }

  private static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(Session::id).toList();
  }

  @Test
  void runningAtFindsShortAndLongSessionsButNotThoseThatEndedOrNotStarted() {
    // Sunday's 8-hour workshop started at 08:00; the closing starts at 16:00
    assertThat(ids(all.runningAt(at("2026-04-26T15:59")))).containsExactly("trust");
    assertThat(ids(all.runningAt(at("2026-04-24T10:40"))))
        .containsExactly("llms-lost", "posters-1");
    // a session's end is not part of it
    assertThat(ids(all.runningAt(at("2026-04-24T10:50")))).containsExactly("posters-1");
    assertThat(all.runningAt(at("2026-04-24T08:00"))).isEmpty();
  }

  @Test
  void aLongSessionStartedEarlyRunsAtALaterMomentAfterShortOnesEnded() {
    TimeOrder order =
        TimeOrder.of(
            List.of(
                session("all-day", "Desk", "2026-04-24T08:00", 600, "Hall", "Desk"),
                session("short", "Short", "2026-04-24T09:00", 10, "Room 1", "Talks"),
                session("later", "Later", "2026-04-24T15:00", 10, "Room 1", "Talks")));

    assertThat(ids(order.runningAt(at("2026-04-24T14:00")))).containsExactly("all-day");
    assertThat(ids(order.runningAt(at("2026-04-24T15:05")))).containsExactly("all-day", "later");
  }

  @Test
  void startingAfterAndBetweenExcludeTheirBounds() {
    assertThat(ids(all.startingAfter(at("2026-04-25T14:00")))).containsExactly("trust", "closing");
    assertThat(ids(all.startingBetween(at("2026-04-24T09:00"), at("2026-04-24T15:00"))))
        .containsExactly("llms-lost", "posters-1");
    assertThat(all.startingAfter(at("2026-04-26T16:00"))).isEmpty();
  }

  @Test
  void endsAfterTellsWhetherTheScheduleIsOver() {
    assertThat(all.anyEndsAfter(at("2026-04-26T16:29"))).isTrue();
    assertThat(all.anyEndsAfter(at("2026-04-26T16:30"))).isFalse();
    assertThat(TimeOrder.of(List.of()).anyEndsAfter(at("2026-04-26T16:30"))).isFalse();
  }

  @Test
  void aPartKeepsItsRunAndItsSearchesStayInsideIt() {
    TimeOrder saturday =
        all.between(
            start -> !start.isBefore(at("2026-04-25T05:00")),
            start -> !start.isBefore(at("2026-04-26T05:00")));

    assertThat(ids(saturday.sessions())).containsExactly("graphs", "audio");
    assertThat(ids(saturday.startingAfter(at("2026-04-24T00:00"))))
        .containsExactly("graphs", "audio");
    assertThat(ids(saturday.runningAt(at("2026-04-26T09:00")))).isEmpty();
    assertThat(
            ids(
                TimeOrder.slice(
                    all.sessions(), start -> start.getDayOfMonth() >= 26, start -> false)))
        .containsExactly("trust", "closing");
  }

  @Test
  void sessionsOutOfStartOrderAreRefused() {
    List<Session> reversed =
        List.of(
            session("b", "B", "2026-04-24T10:00", 10, "Hall", "T"),
            session("a", "A", "2026-04-24T09:00", 10, "Hall", "T"));

    assertThatThrownBy(() -> TimeOrder.of(reversed)).hasMessageContaining("start order at a");
  }
}
