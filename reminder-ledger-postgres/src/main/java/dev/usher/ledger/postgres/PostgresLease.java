package dev.usher.ledger.postgres;

import dev.usher.core.reminder.ReminderLedgerException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Leader election between replicas by a lease row in the shared database: {@code usher_lease} holds
 * the holder, a fencing token and when the lease ends. Times are the database's clock ({@code
 * now()}), so replicas whose clocks disagree still agree on who leads.
 *
 * <p>{@link #tryAcquire} takes the lease when it is free or expired (the token goes up by one) or
 * renews it when this holder has it (the token stays). A ledger opened with {@link
 * PostgresReminderLedger#fenced} checks the token, under a share lock on the lease row, in the
 * transaction of every write: a deposed leader's write fails, even one already in flight when a
 * standby took over.
 *
 * <p>Not thread-safe: one replica's lease keeper calls it from one thread.
 */
public final class PostgresLease implements AutoCloseable {
  static final String NAME = "serve";

  private final PostgresLocation location;
  private final String holder;
  private final Duration length;
  private Connection connection;

  private PostgresLease(
      PostgresLocation location, String holder, Duration length, Connection connection) {
    this.location = location;
    this.holder = holder;
    this.length = length;
    this.connection = connection;
  }

  /**
   * @param holder this replica's name (host and process id), unique among the replicas
   * @param length how long a lease lasts without renewal: the longest a standby waits for a dead
   *     leader
   */
  public static PostgresLease open(PostgresLocation location, String holder, Duration length) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(holder, "holder");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("length must be positive: " + length);
    }
    Connection connection = connect(location, length);
    try {
      SchemaLock.create(connection, CREATE);
    } catch (SQLException e) {
      throw new ReminderLedgerException(
          "leader lease in " + location + " cannot be created: " + e.getMessage(), e);
    }
    return new PostgresLease(location, holder, length, connection);
  }

  /**
   * A connection whose every statement gives up after half a lease: a renewal stuck on a dead
   * network must fail while this replica can still stop posting in time.
   */
  private static Connection connect(PostgresLocation location, Duration length) {
    Connection connection = PostgresReminderLedger.connect(location);
    try {
      connection.setNetworkTimeout(Runnable::run, (int) Math.max(1, length.toMillis() / 2));
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // The failure below says what matters.
      }
      throw new ReminderLedgerException(
          "leader lease in " + location + " cannot be used: " + e.getMessage(), e);
    }
    return connection;
  }

  static final String CREATE =
      """
      CREATE TABLE IF NOT EXISTS usher_lease (
        name text PRIMARY KEY,
        holder text NOT NULL,
        token bigint NOT NULL,
        expires_at timestamptz NOT NULL
      )""";

  /**
   * Takes or renews the lease.
   *
   * @return the fencing token while this holder leads; empty when another holds a valid lease
   * @throws ReminderLedgerException when the database cannot be reached (then this replica must not
   *     assume it still leads once its lease would have ended)
   */
  public OptionalLong tryAcquire() {
    String sql =
        """
        INSERT INTO usher_lease AS l (name, holder, token, expires_at)
        VALUES (?, ?, 1, now() + ?::interval)
        ON CONFLICT (name) DO UPDATE SET
          holder = excluded.holder,
          token = CASE WHEN l.holder = excluded.holder AND l.expires_at > now()
                       THEN l.token ELSE l.token + 1 END,
          expires_at = excluded.expires_at
        WHERE l.holder = excluded.holder OR l.expires_at <= now()
        RETURNING token""";
    try {
      if (connection.isClosed()) {
        connection = connect(location, length);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, NAME);
        statement.setString(2, holder);
        statement.setString(3, length.toMillis() + " milliseconds");
        try (ResultSet row = statement.executeQuery()) {
          return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        }
      }
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Broken already; reopened at the next call.
      }
      throw new ReminderLedgerException(
          "leader lease in "
              + location
              + " cannot be renewed: "
              + Objects.requireNonNullElse(e.getMessage(), "").lines().findFirst().orElse(""),
          e);
    }
  }

  /** Gives the lease up at once (a clean shutdown), so a standby need not wait for it to end. */
  public void release() {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE usher_lease SET expires_at = now() WHERE name = ? AND holder = ?")) {
      statement.setString(1, NAME);
      statement.setString(2, holder);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new ReminderLedgerException("leader lease in " + location + " cannot be released", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a broken connection: nothing to tell.
    }
  }
}
