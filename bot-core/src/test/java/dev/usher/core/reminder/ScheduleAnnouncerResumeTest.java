package dev.usher.core.reminder;

import static dev.usher.core.reminder.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.ScheduleAnnouncer;
import dev.usher.core.conference.Schedule;
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
import org.junit.jupiter.api.Test;

/**
 * The announcer across crashes: the schedule announced last is kept, so what a stopped process kept
 * but did not post is announced at the next start, and once.
 */
class ScheduleAnnouncerResumeTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final Channels ANNOUNCE = new Channels(Map.of("discord", List.of("999")));
  private static final Schedule FIRST =
      new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T09:00", 45, "Room 1")));
  private static final Schedule MOVED =
      new Schedule(ZONE, List.of(session("talk", ZONE, "2026-06-01T11:00", 45, "Room 2")));

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-06-01T04:50:00Z"), ZoneOffset.UTC);
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final FakePlatform discord = new FakePlatform("discord", clock, true);
  private final KeptInMemory kept = new KeptInMemory();
  private final AtomicReference<Schedule> current = new AtomicReference<>(FIRST);

  /** One run of the bot: a scheduler on its own executor, and an announcer resumed at start. */
  private final class Run {
    final ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
    final ReminderScheduler scheduler =
        new ReminderScheduler(
            new ReminderPlanner(
                new ReminderSettings(Optional.empty(), Optional.empty(), Duration.ofHours(2)),
                ZONE),
            current::get,
            ledger,
            List.of(discord),
            clock,
            executor,
            RetryPolicy.standard());
    final ScheduleAnnouncer announcer = new ScheduleAnnouncer(ANNOUNCE, scheduler, clock, kept);

    Run() {
      scheduler.start();
      announcer.resume(current.get());
    }

    /** Stops as a crash would: whatever was handed out and not yet run is lost with the process. */
    void crash() {
      scheduler.close();
    }
  }

  private List<FakePlatform.Message> announcements() {
    return discord.messages().stream().filter(m -> m.channel().equals("999")).toList();
  }

  @Test
  void aFirstStartKeepsTheScheduleAndAnnouncesNothing() {
    Run run = new Run();
    run.executor.advanceBy(Duration.ofMinutes(30));

    assertThat(announcements()).isEmpty();
    assertThat(kept.last()).map(AnnouncedSchedule.Announced::schedule).contains(FIRST);
  }

  @Test
  void aNewVersionKeptJustBeforeACrashIsAnnouncedAtTheNextStartOnce() {
    // Given a bot that saw the first version, and stopped after the new one was kept on disk
    new Run().crash();
    current.set(MOVED);

    // When it starts again, and once more
    Run restarted = new Run();
    restarted.executor.advanceBy(Duration.ofMinutes(1));
    restarted.crash();
    new Run().executor.advanceBy(Duration.ofMinutes(1));

    // Then the change was announced once
    assertThat(announcements())
        .singleElement()
        .satisfies(
            message ->
                assertThat(((ScheduleChanges) message.reply()).lines())
                    .singleElement()
                    .extracting(ScheduleChanges.Line::text)
                    .asString()
                    .startsWith("Moved: Talk talk (was Monday 1 June, 09:00"));
  }

  @Test
  void aBatchHandedOutButNotPostedBeforeACrashIsPostedOnceAtTheNextStart() {
    // Given the change was compared and handed out, and the bot stopped before posting it
    Run first = new Run();
    current.set(MOVED);
    first.announcer.changed(FIRST, MOVED);
    first.crash();
    assertThat(announcements()).isEmpty();

    // When it starts again an hour later, then once more
    clock.set(clock.instant().plus(Duration.ofHours(1)));
    Run restarted = new Run();
    restarted.executor.advanceBy(Duration.ofMinutes(1));
    restarted.crash();
    new Run().executor.advanceBy(Duration.ofMinutes(1));

    // Then it was posted once, under the key it was handed out with
    assertThat(announcements())
        .singleElement()
        .extracting(FakePlatform.Message::key)
        .asString()
        .startsWith("announce/changes@2026-06-01T04:50:00Z#");
  }

  @Test
  void aBatchNoLongerUsefulIsNotHandedOutAgain() {
    Run first = new Run();
    current.set(MOVED);
    first.announcer.changed(FIRST, MOVED);
    first.crash();

    clock.set(clock.instant().plus(ScheduleAnnouncer.USEFUL));
    new Run().executor.advanceBy(Duration.ofMinutes(1));

    assertThat(announcements()).isEmpty();
  }

  /** What a file would keep, in memory: it outlives each run of the test. */
  private static final class KeptInMemory implements AnnouncedSchedule {
    private Optional<Announced> last = Optional.empty();

    @Override
    public synchronized Optional<Announced> last() {
      return last;
    }

    @Override
    public synchronized void keep(Announced announced) {
      last = Optional.of(announced);
    }
  }
}
