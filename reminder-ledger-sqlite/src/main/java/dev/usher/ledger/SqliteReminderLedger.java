package dev.usher.ledger;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.reminder.ReminderLedgerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.io.IOException;

/**
 * The reminder ledger in one SQLite file: a table {@code reminder_post} with the key's id as
 * primary key, when the first attempt started and when the platform accepted the post (null
 * until then). Journal in WAL mode with {@code synchronous=FULL}, so a write is on disk when the
 * method returns and survives a killed process or a power cut. Opening an existing file keeps its
 * records.
 *
 * <p>Thread-safe: one connection, used under a lock (the scheduler writes a few rows a minute at
 * most). Close it when done.
 */
public final class SqliteReminderLedger implements ReminderLedger, AutoCloseable {
  private static final String CREATE =
      """
      CREATE TABLE IF NOT EXISTS reminder_post (
        key TEXT PRIMARY KEY NOT NULL,
        started_at TEXT NOT NULL,
        posted_at TEXT
      )""";

  private final Path file;
  private final Connection connection;

  private SqliteReminderLedger(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the ledger in {@code file}, creating the file, its parent folders and the table when
   * missing.
   *
   * @throws ReminderLedgerException when the file cannot be opened or is not such a ledger
   */
  public static SqliteReminderLedger open(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA synchronous=FULL");
        statement.execute("PRAGMA busy_timeout=5000");
        statement.execute(CREATE);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new SqliteReminderLedger(file, connection);
    } catch (SQLException | IOException e) {
      throw new ReminderLedgerException("cannot open reminder ledger " + file, e);
    }
  }

  @Override
  public synchronized Optional<Entry> find(ReminderKey key) {
    Objects.requireNonNull(key, "key");
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT started_at, posted_at FROM reminder_post WHERE key = ?")) {
      select.setString(1, key.id());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Instant started = Instant.parse(row.getString(1));
        Optional<Instant> posted = Optional.ofNullable(row.getString(2)).map(Instant::parse);
        return Optional.of(new Entry(started, posted));
      }
    } catch (SQLException e) {
      throw new ReminderLedgerException("cannot read " + key + " from " + file, e);
    }
  }

  @Override
  public synchronized void markStarted(ReminderKey key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    update(
        "INSERT INTO reminder_post (key, started_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        key,
        at);
  }

  @Override
  public synchronized void markDone(ReminderKey key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    update(
        """
        INSERT INTO reminder_post (key, started_at, posted_at) VALUES (?1, ?2, ?2)
        ON CONFLICT (key) DO UPDATE SET posted_at = excluded.posted_at
        WHERE reminder_post.posted_at IS NULL""",
        key,
        at);
  }

  private void update(String sql, ReminderKey key, Instant at) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key.id());
      statement.setString(2, at.toString());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new ReminderLedgerException("cannot record " + key + " in " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ReminderLedgerException("cannot close reminder ledger " + file, e);
    }
  }
}
