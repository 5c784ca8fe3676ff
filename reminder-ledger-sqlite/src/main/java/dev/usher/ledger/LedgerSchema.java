package dev.usher.ledger;

import dev.usher.core.reminder.ReminderLedgerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ledger file's schema, versioned by {@code PRAGMA user_version}: 0 is a file made before
 * versions were kept (or a new one), 1 adds {@code ledger_check}, the row every open rewrites
 * (counting opens) to prove the file can be written.
 */
final class LedgerSchema {
  private LedgerSchema() {}

  static void migrate(Connection connection, Path file) throws SQLException {
    int version = version(connection);
    if (version > SqliteReminderLedger.SCHEMA_VERSION) {
      throw new ReminderLedgerException(
          "reminder ledger "
              + file
              + " was written by a newer Usher (schema "
              + version
              + ", this one knows "
              + SqliteReminderLedger.SCHEMA_VERSION
              + ")",
          null);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      if (version < 1) {
        statement.execute(
            """
            CREATE TABLE IF NOT EXISTS reminder_post (
              key TEXT PRIMARY KEY NOT NULL,
              started_at TEXT NOT NULL,
              posted_at TEXT
            )""");
        statement.execute(
            """
            CREATE TABLE IF NOT EXISTS ledger_check (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              opens INTEGER NOT NULL
            )""");
        statement.execute("PRAGMA user_version = " + SqliteReminderLedger.SCHEMA_VERSION);
      }
      // A real write on every open: a read-only file or folder fails now, before any platform.
      statement.execute(
          "INSERT INTO ledger_check (id, opens) VALUES (1, 1)"
              + " ON CONFLICT (id) DO UPDATE SET opens = opens + 1");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw SqliteReminderLedger.notWritable(file, e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA user_version")) {
      return result.next() ? result.getInt(1) : 0;
    }
  }
}
