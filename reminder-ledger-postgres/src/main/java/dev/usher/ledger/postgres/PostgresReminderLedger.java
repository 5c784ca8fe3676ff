package dev.usher.ledger.postgres;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.reminder.ReminderLedgerException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The reminder ledger in a PostgreSQL database that several replicas share: a table {@code
 * usher_reminder_post} keyed by the reminder key, with when the first attempt started and when the
 * platform accepted the post. Each method is one auto-committed statement, durable when it returns
 * (PostgreSQL's default {@code synchronous_commit}).
 *
 * <p>{@link #open} connects, checks that it can write and migrates the schema (under an advisory
 * lock, so replicas starting together do not race), before any platform connects.
 *
 * <p>Thread-safe: one connection, used under a lock. A connection that fails is dropped and a new
 * one opened at the next call; the failing call throws {@link ReminderLedgerException}, which the
 * scheduler retries. Close it when done.
 */
public final class PostgresReminderLedger implements ReminderLedger, AutoCloseable {
  /** The schema version this code writes; a database with a higher one comes from a newer Usher. */
  static final int SCHEMA_VERSION = 1;

  private final PostgresLocation location;
  private final OptionalLong fence;
  private @Nullable Connection connection;

  private PostgresReminderLedger(
      PostgresLocation location, OptionalLong fence, Connection connection) {
    this.location = location;
    this.fence = fence;
    this.connection = connection;
  }

  /**
   * A ledger over the same database whose every write first checks that {@code token} is still the
   * valid lease of {@link PostgresLease}; a write of a deposed leader throws {@link
   * ReminderLedgerException}. Reads are not fenced.
   */
  public static PostgresReminderLedger fenced(PostgresLocation location, long token) {
    Connection connection = connect(location);
    try (Statement statement = connection.createStatement()) {
      statement.execute(PostgresLease.CREATE);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new ReminderLedgerException(
          "reminder ledger " + location + " cannot be fenced: " + firstLine(e), e);
    }
    return new PostgresReminderLedger(location, OptionalLong.of(token), connection);
  }

  /**
   * Connects to the database, creates or migrates the table and checks that it can write.
   *
   * @throws ReminderLedgerException one sentence naming the database (never its password)
   */
  public static PostgresReminderLedger open(PostgresLocation location) {
    Objects.requireNonNull(location, "location");
    Connection connection = connect(location);
    try {
      migrate(connection, location);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new ReminderLedgerException(
          "reminder ledger " + location + " cannot be created or written: " + e.getMessage(), e);
    }
    return new PostgresReminderLedger(location, OptionalLong.empty(), connection);
  }

  static Connection connect(PostgresLocation location) {
    try {
      return DriverManager.getConnection(location.jdbcUrl(), location.credentials());
    } catch (SQLException e) {
      throw new ReminderLedgerException(
          "reminder ledger " + location + " cannot be reached: " + firstLine(e), e);
    }
  }

  private static void migrate(Connection connection, PostgresLocation location)
      throws SQLException {
    SchemaLock.underLock(
        connection,
        statement -> {
          statement.execute(
              """
          CREATE TABLE IF NOT EXISTS usher_schema (
            id integer PRIMARY KEY CHECK (id = 1),
            version integer NOT NULL,
            opens bigint NOT NULL
          )""");
          int version = 0;
          try (ResultSet row = statement.executeQuery("SELECT version FROM usher_schema")) {
            if (row.next()) {
              version = row.getInt(1);
            }
          }
          if (version > SCHEMA_VERSION) {
            throw new ReminderLedgerException(
                "reminder ledger "
                    + location
                    + " was written by a newer Usher (schema "
                    + version
                    + ", this one knows "
                    + SCHEMA_VERSION
                    + ")",
                null);
          }
          if (version < 1) {
            statement.execute(
                """
            CREATE TABLE IF NOT EXISTS usher_reminder_post (
              key text PRIMARY KEY,
              started_at timestamptz NOT NULL,
              posted_at timestamptz
            )""");
          }
          // A real write on every open: a read-only role or database fails now, before any
          // platform.
          statement.execute(
              "INSERT INTO usher_schema (id, version, opens) VALUES (1, "
                  + SCHEMA_VERSION
                  + ", 1)"
                  + " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
                  + " opens = usher_schema.opens + 1");
        });
  }

  @Override
  public synchronized Optional<Entry> find(ReminderKey key) {
    Objects.requireNonNull(key, "key");
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "SELECT started_at, posted_at FROM usher_reminder_post WHERE key = ?")) {
      select.setString(1, key.id());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Instant started = row.getObject(1, OffsetDateTime.class).toInstant();
        Optional<Instant> posted =
            Optional.ofNullable(row.getObject(2, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant);
        return Optional.of(new Entry(started, posted));
      }
    } catch (SQLException e) {
      throw failed("cannot read " + key + " from", e);
    }
  }

  @Override
  public synchronized void markStarted(ReminderKey key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    update(
        "INSERT INTO usher_reminder_post (key, started_at) VALUES (?, ?)"
            + " ON CONFLICT (key) DO NOTHING",
        key,
        at,
        false);
  }

  @Override
  public synchronized void markDone(ReminderKey key, Instant at) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    update(
        """
        INSERT INTO usher_reminder_post (key, started_at, posted_at) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET posted_at = excluded.posted_at
        WHERE usher_reminder_post.posted_at IS NULL""",
        key,
        at,
        true);
  }

  private void update(String sql, ReminderKey key, Instant at, boolean posted) {
    OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    Connection current = connection();
    try {
      current.setAutoCommit(fence.isEmpty());
      if (fence.isPresent()) {
        checkFence(current, key);
      }
      try (PreparedStatement statement = current.prepareStatement(sql)) {
        statement.setString(1, key.id());
        statement.setObject(2, time);
        if (posted) {
          statement.setObject(3, time);
        }
        statement.executeUpdate();
      }
      if (fence.isPresent()) {
        current.commit();
      }
    } catch (SQLException e) {
      throw failed("cannot record " + key + " in", e);
    } catch (ReminderLedgerException e) {
      failed("deposed while recording " + key + " in", new SQLException(e.getMessage()));
      throw e;
    }
  }

  /** Fails, rolled back, when this replica no longer leads (see {@link LeaseFence}). */
  private void checkFence(Connection current, ReminderKey key) throws SQLException {
    if (!LeaseFence.holds(current, fence.getAsLong())) {
      current.rollback();
      throw new ReminderLedgerException(
          "not recording "
              + key
              + ": this replica is no longer the leader (lease token "
              + fence.getAsLong()
              + " ended or was taken over)",
          null);
    }
  }

  private Connection connection() {
    if (connection == null) {
      connection = connect(location);
    }
    return connection;
  }

  /** Drops the connection, which may be broken, so the next call opens a new one. */
  private ReminderLedgerException failed(String what, SQLException e) {
    if (connection != null) {
      closeQuietly(connection);
      connection = null;
    }
    return new ReminderLedgerException(what + " " + location + ": " + firstLine(e), e);
  }

  /** The first line of {@code e}'s message: PostgreSQL's own go on with detail and hints. */
  static String firstLine(SQLException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    return message.lines().findFirst().orElse(message);
  }

  static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Already broken; nothing more to tell than the failure being reported.
    }
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      closeQuietly(connection);
      connection = null;
    }
  }
}
