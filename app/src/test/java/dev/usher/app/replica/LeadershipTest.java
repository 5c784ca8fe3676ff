package dev.usher.app.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.ledger.postgres.PostgresLease;
import dev.usher.ledger.postgres.PostgresLocation;
import dev.usher.ledger.postgres.PostgresReminderLedger;
import dev.usher.ledger.postgres.ThrowAwayPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' leaderships on a throw-away PostgreSQL, in one JVM: the first leads; what the
 * second finds when it takes over. The assertions are about order (what was already true when the
 * standby began), not about how long anything took.
 */
class LeadershipTest {
  private static final Duration LEASE = Duration.ofMillis(750);
  private static final Duration RENEW = Duration.ofMillis(250);
  private static final Duration STOP_POSTING = Duration.ofMillis(500);

  private final List<ExecutorService> executors = new ArrayList<>();

  @AfterEach
  void stopExecutors() {
    executors.forEach(ExecutorService::shutdownNow);
  }

  /** A term that records when it begins and ends, and what another replica's gate said then. */
  private static final class RecordingTerm implements Leadership.Term {
    final CountDownLatch began = new CountDownLatch(1);
    final CountDownLatch ended = new CountDownLatch(1);
    final AtomicReference<BooleanSupplier> otherMayPost = new AtomicReference<>(() -> false);
    volatile long token;
    volatile boolean otherMayPostAtBegin;
    volatile BooleanSupplier mayPost = () -> false;

    @Override
    public void begin(long token, BooleanSupplier mayPost) {
      this.token = token;
      this.mayPost = mayPost;
      otherMayPostAtBegin = otherMayPost.get().getAsBoolean();
      began.countDown();
    }

    @Override
    public void end() {
      ended.countDown();
    }
  }

  private Leadership leadership(PostgresLocation location, String holder, RecordingTerm term) {
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    ExecutorService terms = Executors.newSingleThreadExecutor();
    executors.add(ticks);
    executors.add(terms);
    return new Leadership(
        PostgresLease.open(location, holder, LEASE),
        term,
        ticks,
        terms,
        RENEW,
        STOP_POSTING,
        line -> {});
  }

  @Test
  void aLeaderCutOffFromTheDatabaseStopsPostingBeforeTheStandbyTakesOver() throws Exception {
    ThrowAwayPostgres postgres = ThrowAwayPostgres.get();
    String url = postgres.newDatabase();
    PostgresLocation direct = PostgresLocation.parse(url);
    try (CuttableProxy network = new CuttableProxy(postgres.port())) {
      PostgresLocation throughNetwork =
          PostgresLocation.parse(
              url.replace(":" + postgres.port() + "/", ":" + network.port() + "/"));
      PostgresReminderLedger.open(direct).close();
      RecordingTerm first = new RecordingTerm();
      RecordingTerm second = new RecordingTerm();
      Leadership leader = leadership(throughNetwork, "first", first);
      Leadership standby = leadership(direct, "second", second);
      second.otherMayPost.set(leader::mayPost);

      leader.start();
      assertThat(first.began.await(10, TimeUnit.SECONDS)).isTrue();
      standby.start();
      network.cut();

      assertThat(second.began.await(10, TimeUnit.SECONDS)).as("the standby took over").isTrue();
      assertThat(second.otherMayPostAtBegin).as("the cut-off leader still posting").isFalse();
      assertThat(first.mayPost.getAsBoolean()).isFalse();
      assertThat(first.ended.await(10, TimeUnit.SECONDS))
          .as("the cut-off leader's term ended")
          .isTrue();
      assertThat(second.token).isGreaterThan(first.token);
      // Whatever the old leader still tries to record is refused by the fencing token.
      try (PostgresReminderLedger stale = PostgresReminderLedger.fenced(direct, first.token)) {
        ReminderKey key =
            new ReminderKey(ReminderKey.Kind.DAILY, "2027-03-01", "slack", "C0DAILY01");
        assertThatThrownBy(() -> stale.markDone(key, Instant.parse("2027-03-01T06:30:00Z")))
            .isInstanceOf(ReminderLedgerException.class)
            .hasMessageContaining("no longer the leader");
      }
      standby.close();
      leader.close();
    }
  }

  @Test
  void aLeaderThatStopsCleanlyEndsItsTermAndHandsTheLeaseOverAtOnce() throws Exception {
    PostgresLocation location = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    PostgresReminderLedger.open(location).close();
    RecordingTerm first = new RecordingTerm();
    RecordingTerm second = new RecordingTerm();
    Leadership leader = leadership(location, "first", first);
    // A lease far longer than the test: the standby can lead only because it was given up.
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    ExecutorService terms = Executors.newSingleThreadExecutor();
    executors.add(ticks);
    executors.add(terms);
    Leadership standby =
        new Leadership(
            PostgresLease.open(location, "second", Duration.ofMinutes(10)),
            second,
            ticks,
            terms,
            RENEW,
            Duration.ofMinutes(5),
            line -> {});
    second.otherMayPost.set(() -> first.ended.getCount() > 0);

    leader.start();
    assertThat(first.began.await(10, TimeUnit.SECONDS)).isTrue();
    standby.start();
    leader.close();

    assertThat(second.began.await(10, TimeUnit.SECONDS)).as("the standby took over").isTrue();
    assertThat(second.otherMayPostAtBegin).as("the first term had not ended").isFalse();
    standby.close();
  }
}
