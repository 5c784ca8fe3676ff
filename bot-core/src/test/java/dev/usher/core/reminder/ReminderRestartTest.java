package dev.usher.core.reminder;

import static dev.usher.core.reminder.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reminder.ReminderSettings.Daily;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A conference week with the bot killed and restarted at random moments: between steps, in the
 * middle of a post (before or after the platform accepted it), around ledger writes, and with
 * random retryable platform failures. Weeks alternate between Brussels (spring forward on
 * 2026-03-29, daily post at 02:30, inside the gap) and New York (fall back on 2026-11-01, daily
 * post at 01:30, which happens twice). Seeded: the same figures every run.
 */
@Tag("slow")
class ReminderRestartTest {
  private static final int WEEKS = 100;
  private static final double CRASH_PER_POINT = 0.03;
  private static final double RETRYABLE_FAILURE_RATE = 0.05;
  private static final Duration LONGEST_UPTIME = Duration.ofHours(12);
  private static final int LONGEST_DOWNTIME_SECONDS = 90;

  @Test
  void killedAndRestartedAtRandomTheBotNeverPostsTwiceNorLosesAPost() {
    Tally tally = simulate(true, 0, 1_000);

    System.out.println("Restart test, platforms that can find a tagged post: " + tally);
    assertThat(tally.planned).isEqualTo(WEEKS * 90);
    assertThat(tally.restarts).isGreaterThan(WEEKS * 10);
    assertThat(tally.crashesAfterAccept).isPositive();
    assertThat(tally.duplicated).isZero();
    assertThat(tally.lost).isZero();
    assertThat(tally.made).isEqualTo(tally.planned);
    assertThat(tally.outsideWindow).isZero();
  }

  @Test
  void withPlatformsThatCannotFindAPostOnlyAPostInterruptedAfterAcceptanceIsRepeated() {
    Tally tally = simulate(false, 0, 2_000);

    System.out.println("Restart test, platforms that cannot tell (findPost UNKNOWN): " + tally);
    assertThat(tally.lost).isZero();
    assertThat(tally.made).isEqualTo(tally.planned);
    assertThat(tally.duplicated).isLessThanOrEqualTo(tally.acceptedButNotRecorded);
    assertThat(tally.outsideWindow).isZero();
  }

  @Test
  void aLedgerLostAtRestartsPostsNothingTwiceWhenThePlatformsCanFindATaggedPost() {
    // A deleted ledger file, a new host or a fresh container: the bot starts with an empty ledger.
    Tally tally = simulate(true, 0.2, 3_000);

    System.out.println("Restart test, ledger lost at 20% of restarts: " + tally);
    assertThat(tally.ledgersLost).isGreaterThan(WEEKS);
    assertThat(tally.duplicated).isZero();
    assertThat(tally.lost).isZero();
    assertThat(tally.made).isEqualTo(tally.planned);
    assertThat(tally.outsideWindow).isZero();
  }

  private static Tally simulate(boolean platformsCanFind, double ledgerLossRate, long firstSeed) {
    Tally tally = new Tally();
    for (int week = 0; week < WEEKS; week++) {
      simulateWeek(
          week % 2 == 0 ? Week.BRUSSELS : Week.NEW_YORK,
          platformsCanFind,
          ledgerLossRate,
          new Random(firstSeed + week),
          tally);
    }
    return tally;
  }

  private static void simulateWeek(
      Week week, boolean canFind, double ledgerLossRate, Random random, Tally tally) {
    Schedule schedule = week.schedule();
    ReminderPlanner planner = new ReminderPlanner(week.settings(), week.zone);
    Instant begin = schedule.sessions().getFirst().start().toInstant().minus(Duration.ofDays(2));
    Instant end = schedule.sessions().getLast().start().toInstant().plus(Duration.ofDays(1));
    MutableClock clock = new MutableClock(begin, ZoneOffset.UTC);
    CrashPoints crashes = CrashPoints.random(random, CRASH_PER_POINT);
    InMemoryLedger ledger = new InMemoryLedger();
    ledger.crashWith(crashes);
    FakePlatform discord = new FakePlatform("discord", clock, canFind);
    FakePlatform slack = new FakePlatform("slack", clock, canFind);
    for (FakePlatform platform : List.of(discord, slack)) {
      platform.crashWith(crashes);
      platform.failAtRandom(random, RETRYABLE_FAILURE_RATE);
    }

    while (clock.instant().isBefore(end)) {
      ManualScheduledExecutor executor = new ManualScheduledExecutor(clock);
      ReminderScheduler scheduler =
          new ReminderScheduler(
              planner,
              () -> schedule,
              ledger,
              List.of(discord, slack),
              clock,
              executor,
              RetryPolicy.standard());
      Instant killAt = clock.instant().plusSeconds(1 + random.nextLong(LONGEST_UPTIME.toSeconds()));
      try {
        scheduler.start();
        executor.advanceTo(killAt.isAfter(end) ? end : killAt);
      } catch (ProcessKilled killed) {
        tally.killedMidPost++;
      }
      // The process is gone: its scheduler, executor and pending tasks with it.
      tally.restarts++;
      if (random.nextDouble() < ledgerLossRate) {
        ledger.forget();
        tally.ledgersLost++;
      }
      clock.advance(Duration.ofSeconds(random.nextInt(LONGEST_DOWNTIME_SECONDS + 1)));
    }

    List<PlannedPost> planned = planner.plan(schedule, begin, end);
    Map<String, PlannedPost> byKey =
        planned.stream().collect(Collectors.toMap(p -> p.key().id(), Function.identity()));
    Map<String, Integer> times = new HashMap<>();
    List<FakePlatform.Message> messages = new ArrayList<>(discord.messages());
    messages.addAll(slack.messages());
    for (FakePlatform.Message message : messages) {
      times.merge(message.key(), 1, Integer::sum);
      PlannedPost post = byKey.get(message.key());
      if (post == null
          || message.at().isBefore(post.at())
          || !message.at().isBefore(post.expires())) {
        tally.outsideWindow++;
      }
    }
    tally.planned += planned.size();
    tally.made += (int) byKey.keySet().stream().filter(times::containsKey).count();
    tally.lost += (int) byKey.keySet().stream().filter(k -> !times.containsKey(k)).count();
    tally.duplicated += times.values().stream().mapToInt(n -> n - 1).sum();
    tally.crashes += crashes.crashes();
    tally.crashesAfterAccept += crashes.acceptedThenCrashed();
    tally.acceptedButNotRecorded +=
        crashes.acceptedThenCrashed()
            + countDroppedAfterAccept(discord)
            + countDroppedAfterAccept(slack);
  }

  /** Messages the platform stored although the bot was told the post failed. */
  private static int countDroppedAfterAccept(FakePlatform platform) {
    return platform.droppedAfterAccept();
  }

  private enum Week {
    BRUSSELS(ZoneId.of("Europe/Brussels"), LocalDate.parse("2026-03-27"), LocalTime.of(2, 30)),
    NEW_YORK(ZoneId.of("America/New_York"), LocalDate.parse("2026-10-30"), LocalTime.of(1, 30));

    final ZoneId zone;
    final LocalDate firstDay;
    final LocalTime dailyAt;

    Week(ZoneId zone, LocalDate firstDay, LocalTime dailyAt) {
      this.zone = zone;
      this.firstDay = firstDay;
      this.dailyAt = dailyAt;
    }

    /** Five days, three rooms, five slots: 75 sessions. */
    Schedule schedule() {
      List<Session> sessions = new ArrayList<>();
      for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(5)); day = day.plusDays(1)) {
        for (String slot : List.of("09:00", "10:30", "13:00", "14:30", "16:00")) {
          for (String room : List.of("Room A", "Room B", "Room C")) {
            String id = day + "-" + slot + "-" + room.charAt(5);
            sessions.add(session(id, zone, day + "T" + slot, 60, room));
          }
        }
      }
      return new Schedule(zone, sessions);
    }

    /** Per day: 3 daily posts and 15 starting-soon posts, 90 in the week. */
    ReminderSettings settings() {
      Channels everywhere =
          new Channels(
              Map.of("discord", List.of("d-general", "d-news"), "slack", List.of("C-gen")));
      return new ReminderSettings(
          Optional.of(new Daily(dailyAt, everywhere)),
          Optional.of(
              new BeforeSession(
                  Duration.ofMinutes(10),
                  new Channels(Map.of("discord", List.of("d-general"))),
                  Map.of("Room C", new Channels(Map.of("slack", List.of("C-room-c")))))),
          ReminderSettings.DEFAULT_GRACE);
    }
  }

  private static final class Tally {
    int planned;
    int made;
    int duplicated;
    int lost;
    int outsideWindow;
    int restarts;
    int ledgersLost;
    int killedMidPost;
    int crashes;
    int crashesAfterAccept;
    int acceptedButNotRecorded;

    @Override
    public String toString() {
      return String.format(
          "%d weeks, %d restarts (%d with the ledger lost, %d killed inside a post or ledger write, %d between the platform"
              + " accepting a post and the ledger recording it); planned %d, made %d, duplicated %d, lost %d, posted"
              + " outside their window %d; accepted but not recorded (crash or dropped"
              + " connection) %d",
          WEEKS,
          restarts,
          ledgersLost,
          killedMidPost,
          crashesAfterAccept,
          planned,
          made,
          duplicated,
          lost,
          outsideWindow,
          acceptedButNotRecorded);
    }
  }
}
