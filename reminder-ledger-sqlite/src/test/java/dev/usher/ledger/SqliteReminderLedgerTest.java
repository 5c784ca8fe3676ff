package dev.usher.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger.Entry;
import dev.usher.core.reminder.ReminderLedgerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReminderLedgerTest {
  private static final ReminderKey DAILY =
      new ReminderKey(ReminderKey.Kind.DAILY, "2026-04-24", "slack", "C0123ABCD");
  private static final ReminderKey SOON =
      new ReminderKey(ReminderKey.Kind.STARTING_SOON, "keynote", "discord", "123");
  private static final Instant T1 = Instant.parse("2026-04-24T10:30:00Z");
  private static final Instant T2 = Instant.parse("2026-04-24T10:30:05.250Z");

  @TempDir Path folder;

  @Test
  void aKeyNeverRecordedIsNotFound() {
    try (var ledger = SqliteReminderLedger.open(folder.resolve("ledger.db"))) {
      assertThat(ledger.find(DAILY)).isEmpty();
      assertThat(ledger.isDone(DAILY)).isFalse();
    }
  }

  @Test
  void aStartedPostIsRecordedAsNotDoneUntilMarkedDone() {
    try (var ledger = SqliteReminderLedger.open(folder.resolve("ledger.db"))) {
      ledger.markStarted(DAILY, T1);
      assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.empty()));

      ledger.markDone(DAILY, T2);

      assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.of(T2)));
      assertThat(ledger.isDone(DAILY)).isTrue();
      assertThat(ledger.isDone(SOON)).isFalse();
    }
  }

  @Test
  void markingAgainKeepsTheFirstRecord() {
    try (var ledger = SqliteReminderLedger.open(folder.resolve("ledger.db"))) {
      ledger.markStarted(DAILY, T1);
      ledger.markStarted(DAILY, T2);
      ledger.markDone(DAILY, T1);
      ledger.markDone(DAILY, T2);

      assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.of(T1)));
    }
  }

  @Test
  void aPostMarkedDoneWithoutAStartIsDone() {
    try (var ledger = SqliteReminderLedger.open(folder.resolve("ledger.db"))) {
      ledger.markDone(SOON, T2);

      assertThat(ledger.find(SOON)).contains(new Entry(T2, Optional.of(T2)));
    }
  }

  @Test
  void reopeningTheFileKeepsEveryRecord() {
    Path file = folder.resolve("nested/dir/ledger.db");
    try (var ledger = SqliteReminderLedger.open(file)) {
      ledger.markDone(DAILY, T1);
      ledger.markStarted(SOON, T2);
    }

    try (var reopened = SqliteReminderLedger.open(file)) {
      assertThat(reopened.isDone(DAILY)).isTrue();
      assertThat(reopened.find(SOON)).contains(new Entry(T2, Optional.empty()));
    }
  }

  @Test
  void aWriteIsVisibleToAnotherProcessBeforeTheLedgerIsClosed() throws Exception {
    // What a killed process leaves behind: the ledger is never closed.
    Path file = folder.resolve("ledger.db");
    SqliteReminderLedger abandoned = SqliteReminderLedger.open(file);
    abandoned.markDone(DAILY, T1);

    try (var other = SqliteReminderLedger.open(file)) {
      assertThat(other.isDone(DAILY)).isTrue();
    } finally {
      abandoned.close();
    }
  }

  @Test
  void theFileIsInWriteAheadLogModeWithOneTableKeyedByTheReminderKey() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var ledger = SqliteReminderLedger.open(file)) {
      ledger.markDone(DAILY, T1);
    }

    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
        assertThat(mode.next()).isTrue();
        assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet row = statement.executeQuery("SELECT key, posted_at FROM reminder_post")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("daily/2026-04-24/slack/C0123ABCD");
        assertThat(row.getString(2)).isEqualTo("2026-04-24T10:30:00Z");
        assertThat(row.next()).isFalse();
      }
    }
  }

  @Test
  void concurrentMarksFromManyThreadsAreAllRecorded() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (var ledger = SqliteReminderLedger.open(folder.resolve("ledger.db"))) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ReminderKey key = new ReminderKey(ReminderKey.Kind.STARTING_SOON, "s" + i, "slack", "C1");
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
        assertThat(
                ledger.isDone(
                    new ReminderKey(ReminderKey.Kind.STARTING_SOON, "s" + i, "slack", "C1")))
            .isTrue();
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aFileThatIsNotALedgerIsRefusedNamingIt() throws Exception {
    Path file = folder.resolve("notes.db");
    Files.writeString(file, "these are not the droids you are looking for, not a database at all");

    assertThatThrownBy(() -> SqliteReminderLedger.open(file))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining("notes.db");
  }
}
