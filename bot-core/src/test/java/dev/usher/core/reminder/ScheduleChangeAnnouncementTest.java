package dev.usher.core.reminder;

import static dev.usher.core.reminder.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.announce.ScheduleAnnouncer;
import dev.usher.core.announce.ScheduleWatch;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new version of the schedule, through reload: announced once, reminders planned again at once.
 */
class ScheduleChangeAnnouncementTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final Channels REMINDERS = new Channels(Map.of("discord", List.of("123")));
  private static final Channels ANNOUNCE = new Channels(Map.of("discord", List.of("999")));

  // 06:50 CEST; the talk is at 09:00 CEST (07:00 UTC), reminded 10 minutes before.
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-06-01T04:50:00Z"), ZoneOffset.UTC);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final FakePlatform discord = new FakePlatform("discord", clock, true);
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
  private final ReloadableKnowledge knowledge =
      new ReloadableKnowledge(
          new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T09:00", 45, "Room 1"))));
  private final ScheduleWatch watch = new ScheduleWatch(knowledge);

  @BeforeEach
  void startScheduler() {
    ReminderSettings settings =
        new ReminderSettings(
            Optional.empty(),
            Optional.of(new BeforeSession(Duration.ofMinutes(10), REMINDERS, Map.of())),
            Duration.ofHours(2));
    ReminderScheduler scheduler =
        new ReminderScheduler(
            new ReminderPlanner(settings, ZONE),
            watch::schedule,
            ledger,
            List.of(discord),
            clock,
            executor,
            RetryPolicy.standard());
    ScheduleAnnouncer announcer = new ScheduleAnnouncer(ANNOUNCE, scheduler, clock);
    watch.onReload(announcer::changed);
    scheduler.start();
    executor.runDue();
  }

  private List<FakePlatform.Message> in(String channel) {
    return discord.messages().stream().filter(m -> m.channel().equals(channel)).toList();
  }

  @Test
  void aMovedSessionIsAnnouncedOnceAndRemindedAtItsNewTimeOnly() {
    // Given the talk moved from 09:00 in Room 1 to 07:05 in Room 2, published at 06:50
    knowledge.publish(
        new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T07:05", 45, "Room 2"))));

    // When the schedule is reloaded, twice (a second fetch or /reload finds nothing new)
    watch.reload();
    executor.runDue();
    watch.reload();
    executor.advanceTo(Instant.parse("2026-06-01T09:00:00Z"));

    // Then one announcement says what it was and what it is now
    assertThat(in("999"))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.at()).isEqualTo(Instant.parse("2026-06-01T04:50:00Z"));
              assertThat(message.key()).startsWith("announce/changes@2026-06-01T04:50:00Z#");
              ScheduleChanges changes = (ScheduleChanges) message.reply();
              assertThat(changes.lines())
                  .singleElement()
                  .extracting(ScheduleChanges.Line::text)
                  .isEqualTo(
                      "Moved: Talk talk (was Monday 1 June, 09:00–09:45 · Room 1; now Monday 1 June, 07:05–07:50 · Room 2)");
            });
    // and the reminder came 10 minutes before the new start, not at the next planning step
    assertThat(in("123"))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.key()).isEqualTo("soon/talk/discord/123");
              assertThat(message.at()).isEqualTo(Instant.parse("2026-06-01T04:55:00Z"));
            });
    assertThat(
            ledger.isDone(
                new ReminderKey(
                    ReminderKey.Kind.ANNOUNCEMENT,
                    in("999").getFirst().key().split("/")[1],
                    "discord",
                    "999")))
        .isTrue();
  }

  @Test
  void aSessionMovedLaterAfterItsReminderWasPostedIsRemindedOnceMoreAtItsNewTime() {
    // Given the reminder for 09:00 CEST was posted at 08:50 CEST
    executor.advanceTo(Instant.parse("2026-06-01T06:55:00Z"));
    assertThat(in("123"))
        .extracting(FakePlatform.Message::key)
        .containsExactly("soon/talk/discord/123");

    // When the talk moves to 10:00 CEST, and later the bot restarts on the same ledger
    knowledge.publish(
        new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T10:00", 45, "Room 1"))));
    watch.reload();
    executor.advanceTo(Instant.parse("2026-06-01T07:52:00Z"));
    ManualScheduledExecutor restartedExecutor = new ManualScheduledExecutor(clock);
    ReminderScheduler restarted =
        new ReminderScheduler(
            new ReminderPlanner(
                new ReminderSettings(
                    Optional.empty(),
                    Optional.of(new BeforeSession(Duration.ofMinutes(10), REMINDERS, Map.of())),
                    Duration.ofHours(2)),
                ZONE),
            watch::schedule,
            ledger,
            List.of(discord),
            clock,
            restartedExecutor,
            RetryPolicy.standard());
    restarted.start();
    restartedExecutor.advanceTo(Instant.parse("2026-06-01T08:30:00Z"));

    // Then it was reminded at 09:50 CEST under a key naming its new start, and only once
    assertThat(in("123"))
        .extracting(m -> m.key() + "@" + m.at())
        .containsExactly(
            "soon/talk/discord/123@2026-06-01T06:50:00Z",
            "soon/talk@2026-06-01T08:00:00Z/discord/123@2026-06-01T07:50:00Z");
    assertThat(in("999")).hasSize(1);
  }

  @Test
  void aScheduleGoneOrAppearingIsNotAnnouncedSessionBySession() {
    knowledge.publish(Schedule.empty(ZONE));
    watch.reload();
    knowledge.publish(
        new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T09:00", 45, "Room 1"))));
    watch.reload();
    executor.advanceTo(Instant.parse("2026-06-01T09:00:00Z"));

    assertThat(in("999")).isEmpty();
    assertThat(in("123"))
        .extracting(FakePlatform.Message::at)
        .containsExactly(Instant.parse("2026-06-01T06:50:00Z"));
  }

  @Test
  void aReloadThatChangesNoSessionAnnouncesNothing() {
    watch.reload();
    executor.advanceTo(Instant.parse("2026-06-01T09:00:00Z"));

    assertThat(in("999")).isEmpty();
    assertThat(in("123"))
        .extracting(FakePlatform.Message::at)
        .containsExactly(Instant.parse("2026-06-01T06:50:00Z"));
  }

  /** Knowledge whose schedule changes on reload to the last one published, as a new file would. */
  private static final class ReloadableKnowledge implements Knowledge {
    private final AtomicReference<Schedule> published;
    private volatile Schedule current;

    ReloadableKnowledge(Schedule first) {
      this.published = new AtomicReference<>(first);
      this.current = first;
    }

    void publish(Schedule next) {
      published.set(next);
    }

    @Override
    public IngestReport reload() {
      current = published.get();
      return new IngestReport(List.of(), 0, current.sessions().size(), List.of(), Duration.ZERO);
    }

    @Override
    public Schedule schedule() {
      return current;
    }

    @Override
    public List<PassageHit> search(PassageQuery query) {
      return List.of();
    }

    @Override
    public List<String> spellings(String word, int max) {
      return List.of();
    }

    @Override
    public List<String> complete(CompletionKind kind, String prefix, int max) {
      return List.of();
    }
  }
}
