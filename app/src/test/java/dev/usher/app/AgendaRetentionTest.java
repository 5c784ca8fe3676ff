package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agendas are deleted on the first start {@code keep_days} after the conference's last day. */
class AgendaRetentionTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final ZonedDateTime LAST = ZonedDateTime.of(2026, 6, 3, 17, 0, 0, 0, ZONE);
  private static final Schedule SCHEDULE =
      new Schedule(
          ZONE,
          List.of(
              new Session(
                  "k",
                  "Closing",
                  LAST,
                  LAST.plusHours(1),
                  Optional.empty(),
                  Optional.empty(),
                  List.of(),
                  "",
                  Optional.empty())));

  private static InMemoryAgendaStore starred() {
    InMemoryAgendaStore store = new InMemoryAgendaStore();
    store.star(
        new AgendaOwner("slack", "U1"),
        new Star("k", "Closing", Instant.parse("2026-06-01T10:00:00Z")));
    return store;
  }

  @Test
  void keptUpToTheLastOfTheKeptDaysAndDeletedTheDayAfter() {
    InMemoryAgendaStore kept = starred();
    InMemoryAgendaStore purged = starred();

    AgendaService.purgeWhenOver(
        kept,
        SCHEDULE,
        ZONE,
        30,
        Clock.fixed(ZonedDateTime.of(2026, 7, 3, 23, 59, 0, 0, ZONE).toInstant(), ZONE));
    AgendaService.purgeWhenOver(
        purged,
        SCHEDULE,
        ZONE,
        30,
        Clock.fixed(ZonedDateTime.of(2026, 7, 4, 0, 0, 0, 0, ZONE).toInstant(), ZONE));

    assertThat(kept.all()).hasSize(1);
    assertThat(purged.all()).isEmpty();
  }

  @Test
  void anEmptyScheduleSaysNothingIsOverAndKeepsEverything() {
    InMemoryAgendaStore store = starred();

    AgendaService.purgeWhenOver(store, Schedule.empty(ZONE), ZONE, 0, Clock.systemUTC());

    assertThat(store.all()).hasSize(1);
  }
}
