package dev.usher.ledger.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedgerException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class PostgresLeaseTest {
  private static final ReminderKey DAILY =
      new ReminderKey(ReminderKey.Kind.DAILY, "2026-04-24", "slack", "C0123ABCD");
  private static final Instant T1 = Instant.parse("2026-04-24T10:00:00Z");
  private static final Duration SHORT = Duration.ofMillis(800);

  private PostgresLocation database;

  @BeforeEach
  void emptyDatabase() {
    database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    PostgresReminderLedger.open(database).close();
  }

  @Test
  void oneReplicaLeadsAndRenewingKeepsItsToken() {
    try (var a = PostgresLease.open(database, "a", Duration.ofSeconds(15));
        var b = PostgresLease.open(database, "b", Duration.ofSeconds(15))) {
      assertThat(a.tryAcquire()).hasValue(1);
      assertThat(b.tryAcquire()).isEmpty();
      assertThat(a.tryAcquire()).hasValue(1);
      assertThat(b.tryAcquire()).isEmpty();
    }
  }

  @Test
  void aStandbyTakesOverALeaseNotRenewedWithAHigherToken() throws Exception {
    try (var a = PostgresLease.open(database, "a", SHORT);
        var b = PostgresLease.open(database, "b", SHORT)) {
      assertThat(a.tryAcquire()).hasValue(1);
      Thread.sleep(SHORT.toMillis() + 200);

      assertThat(b.tryAcquire()).hasValue(2);
      assertThat(a.tryAcquire()).isEmpty();
    }
  }

  @Test
  void aReleasedLeaseIsTakenAtOnce() {
    try (var a = PostgresLease.open(database, "a", Duration.ofSeconds(15));
        var b = PostgresLease.open(database, "b", Duration.ofSeconds(15))) {
      a.tryAcquire();
      a.release();

      assertThat(b.tryAcquire()).hasValue(2);
    }
  }

  @Test
  void aDeposedLeaderCannotWriteTheLedgerButTheNewOneCan() throws Exception {
    try (var a = PostgresLease.open(database, "a", SHORT);
        var b = PostgresLease.open(database, "b", SHORT)) {
      long tokenA = a.tryAcquire().orElseThrow();
      try (var ledgerA = PostgresReminderLedger.fenced(database, tokenA)) {
        ledgerA.markStarted(DAILY, T1);
        Thread.sleep(SHORT.toMillis() + 200);
        long tokenB = b.tryAcquire().orElseThrow();

        assertThatThrownBy(() -> ledgerA.markDone(DAILY, T1))
            .isInstanceOf(ReminderLedgerException.class)
            .hasMessageContaining("no longer the leader");
        try (var ledgerB = PostgresReminderLedger.fenced(database, tokenB)) {
          assertThat(ledgerB.isDone(DAILY)).isFalse();
          ledgerB.markDone(DAILY, T1);
          assertThat(ledgerB.isDone(DAILY)).isTrue();
        }
      }
    }
  }

  @Test
  void anExpiredLeaseStopsItsLeadersWritesEvenBeforeAStandbyTakesOver() throws Exception {
    try (var a = PostgresLease.open(database, "a", SHORT);
        var ledger = PostgresReminderLedger.fenced(database, a.tryAcquire().orElseThrow())) {
      Thread.sleep(SHORT.toMillis() + 200);

      assertThatThrownBy(() -> ledger.markStarted(DAILY, T1))
          .isInstanceOf(ReminderLedgerException.class);
      assertThat(ledger.find(DAILY)).isEmpty();
    }
  }
}
