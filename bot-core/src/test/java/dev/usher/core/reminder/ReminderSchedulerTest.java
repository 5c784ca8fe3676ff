package dev.usher.core.reminder;

import static dev.usher.core.reminder.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.reminder.FakePlatform.Failure;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reminder.ReminderSettings.Daily;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReminderSchedulerTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  // Daily at 07:30 CEST = 05:30 UTC; the talk at 09:00 CEST = 07:00 UTC, reminded at 06:50 UTC.
  private static final Instant DAILY_AT = Instant.parse("2026-06-01T05:30:00Z");
  private static final Instant SOON_AT = Instant.parse("2026-06-01T06:50:00Z");
  private static final Instant TALK_START = Instant.parse("2026-06-01T07:00:00Z");

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-05-31T12:00:00Z"), ZoneOffset.UTC);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final FakePlatform discord = new FakePlatform("discord", clock, true);
  private final AtomicReference<Schedule> schedule =
      new AtomicReference<>(
          new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T09:00", 45, "Room 1"))));
  private ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private ReminderScheduler scheduler;

  private static ReminderSettings settings() {
    Channels channels = new Channels(Map.of("discord", List.of("123")));
    return new ReminderSettings(
        Optional.of(new Daily(LocalTime.of(7, 30), channels)),
        Optional.of(new BeforeSession(Duration.ofMinutes(10), channels, Map.of())),
        Duration.ofHours(2));
  }

  private ReminderScheduler startScheduler(ChatPlatform... platforms) {
    return startScheduler(ledger, platforms);
  }

  private ReminderScheduler startScheduler(ReminderLedger ledger, ChatPlatform... platforms) {
    scheduler =
        new ReminderScheduler(
            new ReminderPlanner(settings(), ZONE),
            schedule::get,
            ledger,
            List.of(platforms),
            clock,
            executor,
            RetryPolicy.standard());
    scheduler.start();
    executor.runDue();
    return scheduler;
  }

  private List<String> posted() {
    return discord.messages().stream().map(m -> m.key() + "@" + m.at()).toList();
  }

  @Test
  void postsEachReminderOnceAtItsInstantAndRecordsIt() {
    startScheduler(discord);

    executor.advanceTo(Instant.parse("2026-06-03T00:00:00Z"));

    assertThat(posted())
        .containsExactly(
            "daily/2026-06-01/discord/123@" + DAILY_AT, "soon/talk/discord/123@" + SOON_AT);
    assertThat(ledger.doneCount()).isEqualTo(2);
  }

  @Test
  void aRestartedSchedulerDoesNotPostAgainWhatTheLedgerRecorded() {
    startScheduler(discord);
    executor.advanceTo(SOON_AT.plusSeconds(1));
    scheduler.close();

    executor = new ManualScheduledExecutor(clock);
    startScheduler(discord);
    executor.advanceTo(Instant.parse("2026-06-03T00:00:00Z"));

    assertThat(discord.messages()).hasSize(2);
    assertThat(discord.attempts()).hasSize(2);
  }

  @Test
  void aPostTheLedgerNeverSawButTheChannelHoldsIsRecordedNotPostedAgain() {
    startScheduler(discord);
    executor.advanceTo(DAILY_AT.plusSeconds(30));
    scheduler.close();

    // The ledger file was deleted (or this is a new host): the restart starts with an empty one.
    InMemoryLedger fresh = new InMemoryLedger();
    executor = new ManualScheduledExecutor(clock);
    startScheduler(fresh, discord);
    executor.advanceTo(Instant.parse("2026-06-03T00:00:00Z"));

    assertThat(posted())
        .containsExactly(
            "daily/2026-06-01/discord/123@" + DAILY_AT, "soon/talk/discord/123@" + SOON_AT);
    assertThat(fresh.doneCount()).isEqualTo(2);
  }

  @Test
  void aPostTheLedgerNeverSawIsLookedUpOnlySinceItWasDue() {
    FakePlatform lookedUp = new FakePlatform("discord", clock, true);
    clock.set(DAILY_AT.minus(Duration.ofHours(1)));
    startScheduler(lookedUp);
    executor.advanceTo(DAILY_AT.plusSeconds(1));

    assertThat(lookedUp.lookups()).containsExactly(DAILY_AT.minus(Duration.ofMinutes(5)));
    assertThat(lookedUp.messages()).hasSize(1);
  }

  @Test
  void aMissedDailyPostIsSentOnStartWithinTheGracePeriod() {
    clock.set(DAILY_AT.plus(Duration.ofMinutes(119)));

    startScheduler(discord);

    assertThat(posted()).containsExactly("daily/2026-06-01/discord/123@" + clock.instant());
  }

  @Test
  void aDailyPostMissedByMoreThanTheGracePeriodIsSkipped() {
    clock.set(DAILY_AT.plus(Duration.ofHours(2)));

    startScheduler(discord);
    executor.advanceTo(SOON_AT.minusSeconds(1));

    assertThat(discord.attempts()).isEmpty();
  }

  @Test
  void aPostThatExpiresWhileItIsLookedUpIsSkippedNotPostedLate() {
    FakePlatform slow =
        new FakePlatform("discord", clock, true)
            .duringLookup(() -> clock.set(clock.instant().plus(Duration.ofMinutes(2))));
    clock.set(DAILY_AT.plus(Duration.ofMinutes(119)));

    startScheduler(slow);

    assertThat(slow.lookups()).hasSize(1);
    assertThat(slow.attempts()).isEmpty();
  }

  @Test
  void aMissedStartingSoonPostIsSentOnlyBeforeTheSessionStarts() {
    clock.set(TALK_START.minusSeconds(30));
    startScheduler(discord);
    assertThat(posted()).contains("soon/talk/discord/123@" + clock.instant());
  }

  @Test
  void aStartingSoonPostIsNotSentOnceTheSessionStarted() {
    clock.set(TALK_START);

    startScheduler(discord);
    executor.advanceBy(Duration.ofDays(1));

    assertThat(discord.messages())
        .extracting(FakePlatform.Message::key)
        .doesNotContain("soon/talk/discord/123");
  }

  @Test
  void rateLimitedPostIsRetriedAfterTheWaitThePlatformAskedFor() {
    discord.failNext(Failure.rateLimited(Duration.ofSeconds(37)));
    startScheduler(discord);

    executor.advanceTo(DAILY_AT.plusSeconds(36));
    assertThat(discord.messages()).isEmpty();
    executor.advanceTo(DAILY_AT.plusSeconds(37));

    assertThat(discord.attempts()).containsExactly(DAILY_AT, DAILY_AT.plusSeconds(37));
    assertThat(posted())
        .containsExactly("daily/2026-06-01/discord/123@" + DAILY_AT.plusSeconds(37));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoffUntilThePostSucceeds() {
    discord.failNext(Failure.serverError(), Failure.serverError(), Failure.serverError());
    startScheduler(discord);

    executor.advanceTo(DAILY_AT.plus(Duration.ofMinutes(1)));

    assertThat(discord.attempts())
        .containsExactly(
            DAILY_AT, DAILY_AT.plusSeconds(2), DAILY_AT.plusSeconds(6), DAILY_AT.plusSeconds(14));
    assertThat(discord.messages()).hasSize(1);
    assertThat(ledger.isDone(key("daily/2026-06-01"))).isTrue();
  }

  @Test
  void aPostAcceptedBeforeTheConnectionDroppedIsFoundOnThePlatformAndNotPostedAgain() {
    discord.failNext(Failure.acceptedButConnectionDropped());
    startScheduler(discord);

    executor.advanceTo(DAILY_AT.plus(Duration.ofMinutes(1)));

    assertThat(discord.attempts()).hasSize(1);
    assertThat(discord.messages()).hasSize(1);
    assertThat(ledger.isDone(key("daily/2026-06-01"))).isTrue();
  }

  @Test
  void aRefusedPostIsGivenUpWithoutRetryAndNotRecordedAsDone() {
    discord.failNext(Failure.forbidden());
    startScheduler(discord);

    executor.advanceTo(DAILY_AT.plus(Duration.ofHours(1)));

    assertThat(discord.attempts()).containsExactly(DAILY_AT);
    assertThat(discord.messages()).isEmpty();
    assertThat(ledger.isDone(key("daily/2026-06-01"))).isFalse();
  }

  @Test
  void retriesStopWhenThePostWouldNoLongerBeUseful() {
    Failure[] always = new Failure[50];
    java.util.Arrays.fill(always, Failure.rateLimited(Duration.ofMinutes(3)));
    discord.failNext(always);
    clock.set(SOON_AT);
    ledger.markDone(key("daily/2026-06-01"), DAILY_AT);
    startScheduler(discord);

    executor.advanceTo(TALK_START.plus(Duration.ofHours(1)));

    assertThat(discord.attempts())
        .as("the next try, at 07:02, would be after the talk started at 07:00")
        .containsExactly(
            SOON_AT, SOON_AT.plusSeconds(180), SOON_AT.plusSeconds(360), SOON_AT.plusSeconds(540));
    assertThat(ledger.isDone(key("soon/talk"))).isFalse();
  }

  @Test
  void aPostForAPlatformThatIsNotRunningIsGivenUp() {
    startScheduler(new FakePlatform("slack", clock, true));

    executor.advanceTo(Instant.parse("2026-06-03T00:00:00Z"));

    assertThat(discord.attempts()).isEmpty();
    assertThat(ledger.doneCount()).isZero();
  }

  @Test
  void aScheduleChangeMovesTheUpcomingReminders() {
    startScheduler(discord);
    executor.advanceTo(DAILY_AT.plusSeconds(1));

    schedule.set(
        new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T11:00", 45, "Room 2"))));
    scheduler.reschedule();
    executor.advanceTo(Instant.parse("2026-06-02T00:00:00Z"));

    assertThat(posted())
        .containsExactly(
            "daily/2026-06-01/discord/123@" + DAILY_AT,
            "soon/talk/discord/123@" + Instant.parse("2026-06-01T08:50:00Z"));
    assertThat(discord.messages().getLast().reply())
        .isInstanceOfSatisfying(
            dev.usher.core.reply.SessionCards.class,
            cards -> assertThat(cards.sessions().getFirst().room()).contains("Room 2"));
  }

  @Test
  void aReminderMovedEarlierIsPostedAtItsNewTimeEvenBeforeThePlannedWakeUp() {
    startScheduler(discord);
    executor.advanceTo(DAILY_AT.plusSeconds(1));

    schedule.set(
        new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T08:00", 45, "Room 1"))));
    scheduler.reschedule();
    executor.advanceTo(Instant.parse("2026-06-02T00:00:00Z"));

    assertThat(posted()).last().isEqualTo("soon/talk/discord/123@2026-06-01T05:50:00Z");
  }

  @Test
  void aClosedSchedulerPostsNothingMore() {
    startScheduler(discord);
    scheduler.close();

    executor.advanceTo(Instant.parse("2026-06-03T00:00:00Z"));

    assertThat(discord.attempts()).isEmpty();
  }

  private static ReminderKey key(String kindAndSubject) {
    String[] parts = kindAndSubject.split("/");
    ReminderKey.Kind kind =
        parts[0].equals("daily") ? ReminderKey.Kind.DAILY : ReminderKey.Kind.STARTING_SOON;
    return new ReminderKey(kind, parts[1], "discord", "123");
  }
}
