package dev.usher.ledger;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.reminder.ReminderLedgerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder ledger in one SQLite file: a table {@code reminder_post} with the key's id as
 * primary key, when the first attempt started and when the platform accepted the post (null until
 * then). Journal in WAL mode with {@code synchronous=FULL}, so a write is on disk when the method
 * returns and survives a killed process or a power cut. Opening an existing file keeps its records.
 *
 * <p>{@link #open} checks the file before anything is posted: {@code PRAGMA integrity_check}, a
 * real write (a read-only file or folder fails here, not at the first reminder), and the schema
 * version ({@code PRAGMA user_version}), migrating an older file. Every failure is one sentence
 * naming the file.
 *
 * <p>While open, every call first checks that the file is still the one opened (same file key:
 * device and inode). A file deleted or replaced under a running bot (a clean-up script, a restored
 * backup) is logged as a warning and opened again; the scheduler then checks the channel's history
 * for every post the new file does not know, so nothing is posted twice.
 *
 * <p>Thread-safe: one connection, used under a lock (the scheduler writes a few rows a minute at
 * most). Close it when done.
 */
public final class SqliteReminderLedger implements ReminderLedger, AutoCloseable {
  /** The schema version this code writes; files with a higher one come from a newer Usher. */
  static final int SCHEMA_VERSION = 1;

  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CANTOPEN = 14;
  private static final Logger log = LoggerFactory.getLogger(SqliteReminderLedger.class);

  private final Path file;
  private Connection connection;
  private Object identity;

  private SqliteReminderLedger(Path file, Connection connection, Object identity) {
    this.file = file;
    this.connection = connection;
    this.identity = identity;
  }

  /**
   * Opens the ledger in {@code file}, creating the file, its parent folders and the table when
   * missing, and checks that it is whole and writable.
   *
   * @throws ReminderLedgerException when the file cannot be opened, is not such a ledger, is
   *     corrupt, cannot be written or was made by a newer Usher; the message is one sentence naming
   *     the file
   */
  public static SqliteReminderLedger open(Path file) {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Connection connection = connect(absolute);
    return new SqliteReminderLedger(
        absolute,
        connection,
        identityOf(absolute)
            .orElseThrow(
                () ->
                    new ReminderLedgerException(
                        "reminder ledger " + absolute + " vanished while opening", null)));
  }

  private static Connection connect(Path file) {
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new ReminderLedgerException(
          "reminder ledger " + file + ": cannot create its folder (" + e.getMessage() + ")", e);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw new ReminderLedgerException(
          "reminder ledger " + file + " cannot be opened: " + reason(e), e);
    }
    try {
      checkWhole(connection, file);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout=5000");
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA synchronous=FULL");
      }
      LedgerSchema.migrate(connection, file);
      return connection;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof ReminderLedgerException known) {
        throw known;
      }
      if (e instanceof SQLException sql && cannotWrite(sql)) {
        throw notWritable(file, sql);
      }
      throw new ReminderLedgerException(
          "reminder ledger " + file + " cannot be used: " + reason(e), e);
    }
  }

  /** Runs {@code PRAGMA integrity_check}: a file that is not SQLite, or damaged, is refused. */
  private static void checkWhole(Connection connection, Path file) {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      String verdict = result.next() ? result.getString(1) : "no answer";
      if (!"ok".equals(verdict)) {
        throw new ReminderLedgerException(
            "reminder ledger "
                + file
                + " is corrupt ("
                + verdict.lines().findFirst().orElse("")
                + "); move it away to start a new one",
            null);
      }
    } catch (SQLException e) {
      if (cannotWrite(e)) {
        throw notWritable(file, e);
      }
      throw new ReminderLedgerException(
          "reminder ledger "
              + file
              + " is not an SQLite database or is corrupt ("
              + reason(e)
              + "); move it away to start a new one",
          e);
    }
  }

  @Override
  public synchronized Optional<Entry> find(ReminderKey key) {
    Objects.requireNonNull(key, "key");
    ensureSameFile();
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
      throw new ReminderLedgerException(
          "cannot read " + key + " from " + file + ": " + reason(e), e);
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
    ensureSameFile();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key.id());
      statement.setString(2, at.toString());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new ReminderLedgerException(
          "cannot record " + key + " in " + file + ": " + reason(e), e);
    }
  }

  /**
   * Opens the file again when it is no longer the one opened: writing to a deleted file would
   * record posts nobody can read after a restart.
   */
  private void ensureSameFile() {
    Optional<Object> now = identityOf(file);
    if (now.isPresent() && now.get().equals(identity)) {
      return;
    }
    log.warn(
        "Reminder ledger {} was {} while serving; opening it again. Posts it does not know are"
            + " checked against the channel history before they are made",
        file,
        now.isEmpty() ? "deleted" : "replaced by another file");
    closeQuietly(connection, null);
    connection = connect(file);
    identity =
        identityOf(file)
            .orElseThrow(
                () ->
                    new ReminderLedgerException(
                        "reminder ledger " + file + " vanished while opening", null));
  }

  /** The file's identity (device and inode where the platform has them), empty when it is gone. */
  private static Optional<Object> identityOf(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      Object key = attributes.fileKey();
      return Optional.of(key != null ? key : attributes.creationTime());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ReminderLedgerException(
          "reminder ledger " + file + " cannot be examined: " + e.getMessage(), e);
    }
  }

  private static boolean cannotWrite(SQLException e) {
    // A WAL database opens its -wal and -shm files beside it: a read-only folder fails to open.
    return e.getErrorCode() == SQLITE_READONLY || e.getErrorCode() == SQLITE_CANTOPEN;
  }

  static ReminderLedgerException notWritable(Path file, SQLException e) {
    return new ReminderLedgerException(
        "reminder ledger "
            + file
            + " cannot be written: "
            + reason(e)
            + " (check that the file and its folder are writable)",
        e);
  }

  /** The driver's message without its error-code prefix, for a one-line report. */
  static String reason(Exception e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    return message
        .replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "")
        .lines()
        .findFirst()
        .orElse(message);
  }

  private static void closeQuietly(Connection connection, @Nullable Exception primary) {
    try {
      connection.close();
    } catch (SQLException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      } else {
        log.debug("Closing the reminder ledger failed", e);
      }
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
