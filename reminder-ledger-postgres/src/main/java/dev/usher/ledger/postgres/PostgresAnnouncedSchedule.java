package dev.usher.ledger.postgres;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.AnnouncedScheduleText;
import dev.usher.core.reminder.ReminderLedgerException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule announced last, in the replicas' shared PostgreSQL database: one row per conference
 * in {@code usher_announced_schedule}, holding the text form of {@link AnnouncedScheduleText}, so
 * the next leader after a failover resumes from what the last one announced. Two conferences on one
 * database keep their own rows. A row that cannot be read is logged in one line and counts as none,
 * as a damaged file does: the schedule as it is then becomes the one announced.
 *
 * <p>Opened {@link #fenced} by a leader's term, each {@link #keep} first checks, in its own
 * transaction, that the term's lease token still leads: a deposed leader cannot overwrite what its
 * successor kept (which would make the successor miss a change).
 *
 * <p>Thread-safe: one connection under a lock; a connection that fails is dropped and a new one
 * opened at the next call, the failing call throwing {@link ReminderLedgerException}.
 */
public final class PostgresAnnouncedSchedule implements AnnouncedSchedule, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PostgresAnnouncedSchedule.class);
  static final String CREATE =
      """
      CREATE TABLE IF NOT EXISTS usher_announced_schedule (
        conference text PRIMARY KEY,
        announced text NOT NULL,
        kept_at timestamptz NOT NULL
      )""";

  private final PostgresLocation location;
  private final String conference;
  private final OptionalLong fence;
  private @Nullable Connection connection;

  private PostgresAnnouncedSchedule(
      PostgresLocation location, String conference, OptionalLong fence, Connection connection) {
    this.location = location;
    this.conference = conference;
    this.fence = fence;
    this.connection = connection;
  }

  /**
   * Connects and creates the table when missing; keeps without checking the lease.
   *
   * @param conference the key of this conference's row (its name)
   * @throws ReminderLedgerException one sentence naming the database (never its password)
   */
  public static PostgresAnnouncedSchedule open(PostgresLocation location, String conference) {
    return open(location, conference, OptionalLong.empty());
  }

  /**
   * Like {@link #open}, each {@link #keep} refused unless {@code token} is still the valid lease of
   * {@link PostgresLease}.
   */
  public static PostgresAnnouncedSchedule fenced(
      PostgresLocation location, String conference, long token) {
    return open(location, conference, OptionalLong.of(token));
  }

  private static PostgresAnnouncedSchedule open(
      PostgresLocation location, String conference, OptionalLong fence) {
    Objects.requireNonNull(location, "location");
    if (Objects.requireNonNull(conference, "conference").isBlank()) {
      throw new IllegalArgumentException("conference must not be blank");
    }
    Connection connection = PostgresReminderLedger.connect(location);
    try {
      SchemaLock.create(connection, PostgresLease.CREATE, CREATE);
    } catch (SQLException e) {
      PostgresReminderLedger.closeQuietly(connection);
      throw new ReminderLedgerException(
          "announced schedule in "
              + location
              + " cannot be created: "
              + PostgresReminderLedger.firstLine(e),
          e);
    }
    return new PostgresAnnouncedSchedule(location, conference, fence, connection);
  }

  @Override
  public synchronized Optional<Announced> last() {
    Optional<String> text =
        run(
            "cannot read the announced schedule from",
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT announced FROM usher_announced_schedule WHERE conference = ?")) {
                select.setString(1, conference);
                try (ResultSet row = select.executeQuery()) {
                  return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
              }
            });
    try {
      return text.map(AnnouncedScheduleText::read);
    } catch (IllegalArgumentException e) {
      log.warn(
          "The announced schedule of {} in {} is damaged ({}); taking the schedule as it is now as"
              + " announced",
          conference,
          location,
          e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public synchronized void keep(Announced announced) {
    String text = AnnouncedScheduleText.write(announced);
    run(
        "cannot keep the announced schedule in",
        c -> {
          c.setAutoCommit(fence.isEmpty());
          try {
            if (fence.isPresent() && !LeaseFence.holds(c, fence.getAsLong())) {
              c.rollback();
              throw new ReminderLedgerException(
                  "not keeping the announced schedule: this replica is no longer the leader"
                      + " (lease token "
                      + fence.getAsLong()
                      + " ended or was taken over)",
                  null);
            }
            try (PreparedStatement upsert =
                c.prepareStatement(
                    "INSERT INTO usher_announced_schedule (conference, announced, kept_at)"
                        + " VALUES (?, ?, now()) ON CONFLICT (conference) DO UPDATE"
                        + " SET announced = excluded.announced, kept_at = excluded.kept_at")) {
              upsert.setString(1, conference);
              upsert.setString(2, text);
              int kept = upsert.executeUpdate();
              if (fence.isPresent()) {
                c.commit();
              }
              return kept;
            }
          } finally {
            if (!c.isClosed()) {
              c.setAutoCommit(true);
            }
          }
        });
  }

  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work}, opening a new connection first when the last one failed. A refusal of the
   * fence (a {@link ReminderLedgerException}, rolled back) leaves the connection usable.
   */
  private <T> T run(String what, Work<T> work) {
    try {
      if (connection == null) {
        connection = PostgresReminderLedger.connect(location);
      }
      return work.on(connection);
    } catch (SQLException e) {
      drop();
      throw new ReminderLedgerException(
          what + " " + location + ": " + PostgresReminderLedger.firstLine(e), e);
    }
  }

  private void drop() {
    if (connection != null) {
      PostgresReminderLedger.closeQuietly(connection);
      connection = null;
    }
  }

  @Override
  public synchronized void close() {
    drop();
  }
}
