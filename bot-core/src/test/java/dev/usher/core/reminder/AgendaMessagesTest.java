package dev.usher.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.agenda.AgendaMessages;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The agenda's direct messages, planned with the reminders, on a simulated clock. */
class AgendaMessagesTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final AgendaOwner ALICE = new AgendaOwner("discord", "1001");
  private static final Duration LEAD = Duration.ofMinutes(10);

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-03-28T08:00:00Z"), ZoneOffset.UTC);
  private final InMemoryAgendaStore store = new InMemoryAgendaStore();
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final FakePlatform discord = new FakePlatform("discord", clock, true);
  private final AtomicReference<Schedule> schedule = new AtomicReference<>();

  private ReminderScheduler scheduler(ManualScheduledExecutor executor) {
    ReminderScheduler scheduler =
        new ReminderScheduler(
            new ReminderPlanner(ReminderSettings.none(), BRUSSELS),
            schedule::get,
            ledger,
            List.of(discord),
            clock,
            executor,
            RetryPolicy.standard(),
            List.of(new AgendaMessages(store, LEAD, BRUSSELS)));
    scheduler.start();
    return scheduler;
  }

  private void star(Session session) {
    store.star(ALICE, new Star(session.id(), session.title(), clock.instant()));
  }

  @Test
  void aStarredSessionIsMessagedTenMinutesBeforeItOnceThroughARestartAcrossTheSpringForward() {
    // Given a session on Sunday 29 March 10:00 CEST, the day after clocks jumped from 02:00 to
    // 03:00
    Session talk = Sessions.session("t1", BRUSSELS, "2026-03-29T10:00", 45, "Hall A");
    schedule.set(new Schedule(BRUSSELS, List.of(talk)));
    star(talk);
    ManualScheduledExecutor first = new ManualScheduledExecutor(clock);
    ReminderScheduler before = scheduler(first);

    // When the bot runs until Sunday 09:00 CEST, then restarts with the same ledger
    first.advanceTo(Instant.parse("2026-03-29T07:00:00Z"));
    before.close();
    ManualScheduledExecutor second = new ManualScheduledExecutor(clock);
    scheduler(second);
    second.advanceTo(Instant.parse("2026-03-29T09:00:00Z"));
    // and restarts once more after the message was sent
    ManualScheduledExecutor third = new ManualScheduledExecutor(clock);
    scheduler(third);
    third.advanceBy(Duration.ofHours(1));

    // Then one message went to Alice, at 09:50 CEST (07:50Z), with the session's card
    assertThat(discord.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.channel()).isEqualTo("dm:1001");
              assertThat(m.at()).isEqualTo(Instant.parse("2026-03-29T07:50:00Z"));
              assertThat(m.key())
                  .startsWith("agenda/discord/")
                  .endsWith("/t1/2026-03-29T08:00:00Z")
                  .doesNotContain("1001");
              assertThat(((SessionCards) m.reply()).sessions()).containsExactly(talk);
            });
  }

  @Test
  void aMovedSessionIsMessagedBeforeItsNewTimeAndACancelledOneNever() {
    Session moving = Sessions.session("m", BRUSSELS, "2026-03-28T12:00", 30, "Hall A");
    Session cancelled = Sessions.session("c", BRUSSELS, "2026-03-28T14:00", 30, "Hall B");
    schedule.set(new Schedule(BRUSSELS, List.of(moving, cancelled)));
    star(moving);
    star(cancelled);
    ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    ReminderScheduler scheduler = scheduler(executor);
    executor.advanceTo(Instant.parse("2026-03-28T09:00:00Z"));

    // When the session moves from 12:00 to 15:00 and the other is cancelled (a reload)
    Session moved = Sessions.session("m", BRUSSELS, "2026-03-28T15:00", 30, "Hall A");
    schedule.set(new Schedule(BRUSSELS, List.of(moved)));
    scheduler.reschedule();
    executor.advanceTo(Instant.parse("2026-03-28T18:00:00Z"));

    assertThat(discord.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.at()).isEqualTo(Instant.parse("2026-03-28T13:50:00Z")));
  }

  @Test
  void noMessageWhenTheAttendeeTurnedThemOff() {
    Session talk = Sessions.session("t1", BRUSSELS, "2026-03-28T12:00", 30, "Hall A");
    schedule.set(new Schedule(BRUSSELS, List.of(talk)));
    star(talk);
    store.remindersOn(ALICE, false);
    ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    scheduler(executor);

    executor.advanceBy(Duration.ofHours(6));

    assertThat(discord.messages()).isEmpty();
    assertThat(discord.attempts()).isEmpty();
  }

  @Test
  void aLedgerLostAtARestartInsideTheMessagesMinutesSendsItOnceAndOnlyThoseAreLookedUp() {
    // Given a session at 12:00 CET, its message due at 10:50Z, sent by a first process
    Session talk = Sessions.session("t1", BRUSSELS, "2026-03-28T12:00", 30, "Hall A");
    Session later = Sessions.session("t2", BRUSSELS, "2026-03-28T14:00", 30, "Hall B");
    schedule.set(new Schedule(BRUSSELS, List.of(talk, later)));
    star(talk);
    star(later);
    ManualScheduledExecutor first = new ManualScheduledExecutor(clock);
    ReminderScheduler before = scheduler(first);
    first.advanceTo(Instant.parse("2026-03-28T10:52:00Z"));
    before.close();
    assertThat(discord.messages()).hasSize(1);
    assertThat(discord.lookups()).as("a message due after the start is not looked up").isEmpty();

    // When the next process starts with an empty ledger while the message is still useful
    ledger.forget();
    ManualScheduledExecutor second = new ManualScheduledExecutor(clock);
    scheduler(second);
    second.advanceTo(Instant.parse("2026-03-28T18:00:00Z"));

    // Then the DM already sent is found in the person's DM and recorded, not sent again; the
    // later one is sent once, without a look-up
    assertThat(discord.messages())
        .extracting(FakePlatform.Message::key)
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertThat(discord.lookups()).containsExactly(Instant.parse("2026-03-28T10:45:00Z"));
    assertThat(ledger.doneCount()).isEqualTo(2);
  }

  @Test
  void aRefusedMessageIsGivenUpAfterOneAttempt() {
    Session talk = Sessions.session("t1", BRUSSELS, "2026-03-28T12:00", 30, "Hall A");
    schedule.set(new Schedule(BRUSSELS, List.of(talk)));
    star(talk);
    discord.failNext(FakePlatform.Failure.forbidden());
    ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    scheduler(executor);

    executor.advanceBy(Duration.ofHours(6));

    assertThat(discord.attempts()).hasSize(1);
    assertThat(discord.messages()).isEmpty();
  }

  @Test
  void aStarMadeJustBeforeTheMessageIsDueIsPlannedAtOnceOnReschedule() {
    Session talk = Sessions.session("t1", BRUSSELS, "2026-03-28T10:00", 30, "Hall A");
    schedule.set(new Schedule(BRUSSELS, List.of(talk)));
    ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    ReminderScheduler scheduler = scheduler(executor);
    executor.advanceTo(Instant.parse("2026-03-28T08:45:00Z"));

    star(talk);
    scheduler.reschedule();
    executor.advanceTo(Instant.parse("2026-03-28T08:51:00Z"));

    assertThat(discord.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.at()).isEqualTo(Instant.parse("2026-03-28T08:50:00Z")));
  }
}
