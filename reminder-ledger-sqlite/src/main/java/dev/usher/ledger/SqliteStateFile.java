package dev.usher.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How the state folder's SQLite stores (question log, answered deliveries, agendas) open their
 * file, one way for all: the folder made, the connection opened, a busy timeout and WAL set, every
 * failure one sentence naming the store and its file.
 */
final class SqliteStateFile {
  /** The exception a store reports its failures with. */
  @FunctionalInterface
  interface Failure {
    RuntimeException of(String message, Throwable cause);
  }

  private SqliteStateFile() {}

  /**
   * A connection to {@code file} (absolute), with {@code PRAGMA synchronous} as given: NORMAL keeps
   * a write through a crash of the process, FULL also through a power cut.
   *
   * @param store what the file is, for messages ("question log")
   */
  static Connection connect(Path file, String store, String synchronous, Failure failure) {
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw failure.of(
          store + " " + file + ": cannot create its folder (" + e.getMessage() + ")", e);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw unusable(store, file, e, failure);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout=5000");
      statement.execute("PRAGMA journal_mode=WAL");
      statement.execute("PRAGMA synchronous=" + synchronous);
      return connection;
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the failure to report is the first one
      }
      throw unusable(store, file, e, failure);
    }
  }

  /** The one sentence for a store whose file cannot be read or written. */
  static RuntimeException unusable(String store, Path file, SQLException e, Failure failure) {
    return failure.of(
        store
            + " "
            + file
            + " cannot be used: "
            + SqliteReminderLedger.reason(e)
            + " (check that the file and its folder are writable)",
        e);
  }
}
