package dev.usher.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.reminder.ReminderSettings.Daily;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheduler, run by a controllable clock over the nights clocks change. */
class ReminderSchedulerDstTest {

  private static List<Instant> dailyPostsOver(ZoneId zone, LocalDate first, LocalTime at) {
    Schedule schedule = ReminderPlannerTest.conferenceAcross(zone, first, 3);
    MutableClock clock =
        new MutableClock(first.minusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    FakePlatform discord = new FakePlatform("discord", clock, true);
    ReminderSettings settings =
        new ReminderSettings(
            Optional.of(new Daily(at, new Channels(Map.of("discord", List.of("1"))))),
            Optional.empty(),
            ReminderSettings.DEFAULT_GRACE);
    ReminderScheduler scheduler =
        new ReminderScheduler(
            new ReminderPlanner(settings, zone),
            () -> schedule,
            new InMemoryLedger(),
            List.of(discord),
            clock,
            executor,
            RetryPolicy.standard());
    scheduler.start();

    executor.advanceBy(Duration.ofDays(5));

    return discord.messages().stream().map(FakePlatform.Message::at).toList();
  }

  @Test
  void inBrusselsADailyPostAtTwoThirtyIsMadeOnceOnTheSpringForwardDayAtThreeOClock() {
    List<Instant> posts =
        dailyPostsOver(
            ZoneId.of("Europe/Brussels"), LocalDate.parse("2026-03-28"), LocalTime.of(2, 30));

    assertThat(posts)
        .containsExactly(
            Instant.parse("2026-03-28T01:30:00Z"), // 02:30 CET
            Instant.parse("2026-03-29T01:00:00Z"), // 03:00 CEST, the end of the gap
            Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void inNewYorkADailyPostAtOneThirtyIsMadeOnceOnTheFallBackDayAtItsFirstOccurrence() {
    List<Instant> posts =
        dailyPostsOver(
            ZoneId.of("America/New_York"), LocalDate.parse("2026-10-31"), LocalTime.of(1, 30));

    assertThat(posts)
        .containsExactly(
            Instant.parse("2026-10-31T05:30:00Z"), // 01:30 EDT
            Instant.parse("2026-11-01T05:30:00Z"), // 01:30 EDT; not again at 01:30 EST (06:30Z)
            Instant.parse("2026-11-02T06:30:00Z")); // 01:30 EST
  }
}
