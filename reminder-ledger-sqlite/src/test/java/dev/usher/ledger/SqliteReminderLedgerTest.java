package dev.usher.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger.Entry;
import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.core.testing.LoggedWarnings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the SQLite file adds to the ledger contract ({@link SqliteReminderLedgerContractTest}).
 */
class SqliteReminderLedgerTest {
  private static final ReminderKey DAILY =
      new ReminderKey(ReminderKey.Kind.DAILY, "2026-04-24", "slack", "C0123ABCD");
  private static final ReminderKey SOON =
      new ReminderKey(ReminderKey.Kind.STARTING_SOON, "keynote", "discord", "123");
  private static final Instant T1 = Instant.parse("2026-04-24T10:30:00Z");
  private static final Instant T2 = Instant.parse("2026-04-24T10:30:05.250Z");

  @TempDir Path folder;

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
  void aFileThatIsNotALedgerIsRefusedNamingIt() throws Exception {
    Path file = folder.resolve("notes.db");
    Files.writeString(file, "these are not the droids you are looking for, not a database at all");

    assertThatThrownBy(() -> SqliteReminderLedger.open(file))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining("notes.db");
  }

  @Test
  void aDamagedFileIsRefusedAsCorruptInOneLine() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var ledger = SqliteReminderLedger.open(file)) {
      for (int i = 0; i < 2_000; i++) {
        ledger.markDone(
            new ReminderKey(ReminderKey.Kind.STARTING_SOON, "s" + i, "slack", "C1"), T1);
      }
    }
    // Overwrite the middle of the file (index and table pages), leaving the header valid.
    byte[] bytes = Files.readAllBytes(file);
    for (int i = bytes.length / 3; i < bytes.length / 3 + 8_192; i++) {
      bytes[i] = (byte) 0x5A;
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> SqliteReminderLedger.open(file))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("corrupt")
        .hasMessageContaining("move it away")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aFileThatCannotBeWrittenIsRefusedWhenOpenedNotAtTheFirstPost() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var ledger = SqliteReminderLedger.open(file)) {
      ledger.markDone(DAILY, T1);
    }
    try (var readOnly = ReadOnlyFiles.protect(file)) {
      assertThatThrownBy(() -> SqliteReminderLedger.open(file))
          .isInstanceOf(ReminderLedgerException.class)
          .hasMessageStartingWith("reminder ledger " + file)
          .hasMessageContaining("cannot be written");
    }
  }

  @Test
  void aFileFromBeforeSchemaVersionsIsMigratedKeepingItsRecords() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE reminder_post (key TEXT PRIMARY KEY NOT NULL, started_at TEXT NOT NULL,"
              + " posted_at TEXT)");
      statement.execute(
          "INSERT INTO reminder_post VALUES ('" + DAILY.id() + "', '" + T1 + "', '" + T2 + "')");
    }

    try (var ledger = SqliteReminderLedger.open(file)) {
      assertThat(ledger.find(DAILY)).contains(new Entry(T1, Optional.of(T2)));
    }
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("PRAGMA user_version")) {
      assertThat(version.next()).isTrue();
      assertThat(version.getInt(1)).isEqualTo(SqliteReminderLedger.SCHEMA_VERSION);
    }
  }

  @Test
  void aFileFromANewerUsherIsRefusedSayingSo() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA user_version = 99");
    }

    assertThatThrownBy(() -> SqliteReminderLedger.open(file))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining("newer Usher")
        .hasMessageContaining("schema 99");
  }

  @Test
  void aLedgerDeletedWhileOpenIsNoticedAndRecreatedEmpty() throws Exception {
    Path file = folder.resolve("ledger.db");
    try (var ledger = SqliteReminderLedger.open(file);
        var logged = LoggedWarnings.of(SqliteReminderLedger.class)) {
      ledger.markDone(DAILY, T1);
      deleteWithJournal(file);

      // What the new file knows is the truth a restart would see: nothing.
      assertThat(ledger.find(DAILY)).isEmpty();
      ledger.markDone(SOON, T2);

      assertThat(logged.messages())
          .singleElement()
          .asString()
          .contains(file.toString())
          .contains("deleted");
      try (var other = SqliteReminderLedger.open(file)) {
        assertThat(other.isDone(SOON)).isTrue();
      }
    }
  }

  @Test
  void aLedgerReplacedWhileOpenIsNoticedAndTheNewFileIsRead() throws Exception {
    Path file = folder.resolve("ledger.db");
    Path backup = folder.resolve("backup.db");
    try (var old = SqliteReminderLedger.open(backup)) {
      old.markDone(SOON, T1);
    }
    try (var ledger = SqliteReminderLedger.open(file);
        var logged = LoggedWarnings.of(SqliteReminderLedger.class)) {
      ledger.markDone(DAILY, T1);
      deleteWithJournal(file);
      Files.move(backup, file);

      assertThat(ledger.isDone(SOON)).isTrue();
      assertThat(ledger.isDone(DAILY)).isFalse();
      assertThat(logged.messages()).singleElement().asString().contains("replaced");
    }
  }

  private static void deleteWithJournal(Path file) throws Exception {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
  }
}
