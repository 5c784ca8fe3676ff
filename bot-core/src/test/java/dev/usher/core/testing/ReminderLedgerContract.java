package dev.usher.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.reminder.ReminderLedger.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderLedger} promises, run against each implementation (SQLite, PostgreSQL):
 * extend it, and open a ledger over the same storage each time {@link #open()} is called, empty for
 * each test.
 */
public abstract class ReminderLedgerContract {
  protected static final ReminderKey DAILY =
      new ReminderKey(ReminderKey.Kind.DAILY, "2026-04-24", "slack", "C0123ABCD");
  protected static final ReminderKey SOON =
      new ReminderKey(ReminderKey.Kind.STARTING_SOON, "keynote", "discord", "123");
  protected static final Instant T1 = Instant.parse("2026-04-24T10:30:00Z");
  protected static final Instant T2 = Instant.parse("2026-04-24T10:30:05.250Z");

  /** A ledger over this test's storage; a second call opens a second one over the same storage. */
  protected abstract ReminderLedger open();

  /** Closes a ledger from {@link #open()}. */
  protected abstract void close(ReminderLedger ledger);

  @Test
  void aKeyNeverRecordedIsNotFound() {
    ReminderLedger ledger = open();
    assertThat(ledger.find(DAILY)).isEmpty();
    assertThat(ledger.isDone(DAILY)).isFalse();
    close(ledger);
  }

  @Test
  void aStartedPostIsRecordedAsNotDoneUntilMarkedDone() {
    ReminderLedger ledger = open();
    ledger.markStarted(DAILY, T1);
    assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.empty()));

    ledger.markDone(DAILY, T2);

    assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.of(T2)));
    assertThat(ledger.isDone(DAILY)).isTrue();
    assertThat(ledger.isDone(SOON)).isFalse();
    close(ledger);
  }

  @Test
  void markingAgainKeepsTheFirstRecord() {
    ReminderLedger ledger = open();
    ledger.markStarted(DAILY, T1);
    ledger.markStarted(DAILY, T2);
    ledger.markDone(DAILY, T1);
    ledger.markDone(DAILY, T2);

    assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.of(T1)));
    close(ledger);
  }

  @Test
  void aPostMarkedDoneWithoutAStartIsDone() {
    ReminderLedger ledger = open();
    ledger.markDone(SOON, T2);

    assertThat(ledger.find(SOON)).contains(new Entry(T2, Optional.of(T2)));
    close(ledger);
  }

  @Test
  void aWriteIsVisibleToASecondLedgerOverTheSameStorageAtOnce() {
    // What a killed process leaves behind: the first ledger is never closed before the second
    // reads.
    ReminderLedger first = open();
    first.markDone(DAILY, T1);
    first.markStarted(SOON, T2);

    ReminderLedger second = open();
    assertThat(second.isDone(DAILY)).isTrue();
    assertThat(second.find(SOON)).contains(new Entry(T2, Optional.empty()));
    close(second);
    close(first);
  }

  @Test
  void concurrentMarksFromManyThreadsAreAllRecorded() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    ReminderLedger ledger = open();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ReminderKey key = soon(i);
        done.add(
            threads.submit(
                () -> {
                  ledger.markStarted(key, T1);
                  ledger.markDone(key, T2);
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      for (int i = 0; i < 100; i++) {
        assertThat(ledger.find(soon(i))).contains(new Entry(T1, Optional.of(T2)));
      }
    } finally {
      threads.shutdown();
      close(ledger);
    }
  }

  private static ReminderKey soon(int i) {
    return new ReminderKey(ReminderKey.Kind.STARTING_SOON, "s" + i, "slack", "C1");
  }
}
