package dev.usher.ledger.postgres;

import dev.usher.core.agenda.Agenda;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.AgendaStoreException;
import dev.usher.core.agenda.Star;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Personal agendas in the replicas' shared PostgreSQL database: tables {@code usher_agenda}
 * (platform, user id, the agenda's random token, whether its messages are on) and {@code
 * usher_agenda_star} (the starred session's id and title, when starred), so that whichever replica
 * leads sees every star. Each change is one auto-committed statement, durable when it returns.
 *
 * <p>Thread-safe: one connection under a lock; a connection that fails is dropped and a new one
 * opened at the next call, the failing call throwing {@link AgendaStoreException}.
 */
public final class PostgresAgendaStore implements AgendaStore, AutoCloseable {
  private static final String CREATE_AGENDA =
      "CREATE TABLE IF NOT EXISTS usher_agenda ("
          + " platform TEXT NOT NULL, user_id TEXT NOT NULL, token TEXT NOT NULL UNIQUE,"
          + " reminders_on BOOLEAN NOT NULL, PRIMARY KEY (platform, user_id))";
  private static final String CREATE_STAR =
      "CREATE TABLE IF NOT EXISTS usher_agenda_star ("
          + " seq BIGSERIAL PRIMARY KEY, platform TEXT NOT NULL, user_id TEXT NOT NULL,"
          + " session_id TEXT NOT NULL, title TEXT NOT NULL, starred_at BIGINT NOT NULL,"
          + " UNIQUE (platform, user_id, session_id),"
          + " FOREIGN KEY (platform, user_id) REFERENCES usher_agenda (platform, user_id) ON DELETE CASCADE)";

  private final PostgresLocation location;
  private @Nullable Connection connection;

  private PostgresAgendaStore(PostgresLocation location, Connection connection) {
    this.location = location;
    this.connection = connection;
  }

  /**
   * Connects and creates the tables when missing, before any platform connects.
   *
   * @throws AgendaStoreException one sentence naming the database (never its password)
   */
  public static PostgresAgendaStore open(PostgresLocation location) {
    Objects.requireNonNull(location, "location");
    Connection connection;
    try {
      connection = PostgresReminderLedger.connect(location);
    } catch (RuntimeException e) {
      throw new AgendaStoreException("agenda store " + location + " cannot be reached", e);
    }
    try {
      SchemaLock.create(connection, CREATE_AGENDA, CREATE_STAR);
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the first error is the one reported
      }
      throw new AgendaStoreException(
          "agenda store " + location + " cannot be created: " + firstLine(e), e);
    }
    return new PostgresAgendaStore(location, connection);
  }

  @Override
  public synchronized Optional<Agenda> find(AgendaOwner owner) {
    return run(
        c -> {
          String token;
          boolean on;
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT token, reminders_on FROM usher_agenda WHERE platform = ? AND user_id = ?")) {
            bind(select, owner);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              token = row.getString(1);
              on = row.getBoolean(2);
            }
          }
          List<Star> stars = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT session_id, title, starred_at"
                      + " FROM usher_agenda_star WHERE platform = ? AND user_id = ? ORDER BY seq")) {
            bind(select, owner);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                stars.add(star(rows, 1));
              }
            }
          }
          return Optional.of(new Agenda(owner, token, stars, on));
        });
  }

  @Override
  public synchronized boolean star(AgendaOwner owner, Star star) {
    return run(
        c -> {
          ensure(c, owner);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO usher_agenda_star"
                      + " (platform, user_id, session_id, title, starred_at) VALUES (?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, user_id, session_id) DO NOTHING")) {
            bind(insert, owner);
            insert.setString(3, star.sessionId());
            insert.setString(4, star.title());
            insert.setLong(5, star.starredAt().toEpochMilli());
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public synchronized boolean unstar(AgendaOwner owner, String sessionId) {
    return run(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM usher_agenda_star WHERE platform = ? AND user_id = ? AND session_id = ?")) {
            bind(delete, owner);
            delete.setString(3, sessionId);
            return delete.executeUpdate() == 1;
          }
        });
  }

  @Override
  public synchronized void remindersOn(AgendaOwner owner, boolean on) {
    run(
        c -> {
          ensure(c, owner);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE usher_agenda SET reminders_on = ? WHERE platform = ? AND user_id = ?")) {
            update.setBoolean(1, on);
            update.setString(2, owner.platform());
            update.setString(3, owner.userId());
            return update.executeUpdate();
          }
        });
  }

  @Override
  public synchronized boolean forget(AgendaOwner owner) {
    return run(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM usher_agenda WHERE platform = ? AND user_id = ?")) {
            bind(delete, owner);
            return delete.executeUpdate() == 1; // its stars go with it (ON DELETE CASCADE)
          }
        });
  }

  @Override
  public synchronized List<Agenda> all() {
    return run(
        c -> {
          Map<AgendaOwner, List<Star>> stars = new LinkedHashMap<>();
          Map<AgendaOwner, Agenda> heads = new LinkedHashMap<>();
          try (Statement statement = c.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT a.platform, a.user_id, a.token, a.reminders_on,"
                          + " s.session_id, s.title, s.starred_at FROM usher_agenda a JOIN usher_agenda_star s"
                          + " ON s.platform = a.platform AND s.user_id = a.user_id ORDER BY a.platform, a.user_id, s.seq")) {
            while (rows.next()) {
              AgendaOwner owner = new AgendaOwner(rows.getString(1), rows.getString(2));
              heads.putIfAbsent(
                  owner, new Agenda(owner, rows.getString(3), List.of(), rows.getBoolean(4)));
              stars.computeIfAbsent(owner, o -> new ArrayList<>()).add(star(rows, 5));
            }
          }
          List<Agenda> agendas = new ArrayList<>();
          heads.forEach(
              (owner, head) ->
                  agendas.add(
                      new Agenda(
                          owner,
                          head.token(),
                          stars.getOrDefault(owner, List.of()),
                          head.remindersOn())));
          return agendas;
        });
  }

  @Override
  public synchronized int purge() {
    return run(
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.executeUpdate("DELETE FROM usher_agenda_star");
            return statement.executeUpdate("DELETE FROM usher_agenda");
          }
        });
  }

  private static void ensure(Connection c, AgendaOwner owner) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO usher_agenda"
                + " (platform, user_id, token, reminders_on) VALUES (?, ?, ?, TRUE) ON CONFLICT DO NOTHING")) {
      bind(insert, owner);
      insert.setString(3, UUID.randomUUID().toString());
      insert.executeUpdate();
    }
  }

  private static Star star(ResultSet rows, int first) throws SQLException {
    return new Star(
        rows.getString(first),
        rows.getString(first + 1),
        Instant.ofEpochMilli(rows.getLong(first + 2)));
  }

  private static void bind(PreparedStatement statement, AgendaOwner owner) throws SQLException {
    statement.setString(1, owner.platform());
    statement.setString(2, owner.userId());
  }

  private interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on the connection, opening a new one first when the last one failed. */
  private <T> T run(Work<T> work) {
    try {
      if (connection == null) {
        connection = PostgresReminderLedger.connect(location);
      }
      return work.on(connection);
    } catch (SQLException | RuntimeException e) {
      Connection failed = connection;
      connection = null;
      if (failed != null) {
        try {
          failed.close();
        } catch (SQLException ignored) {
          // already failing
        }
      }
      throw new AgendaStoreException(
          "agenda store "
              + location
              + " failed: "
              + (e instanceof SQLException sql ? firstLine(sql) : e.getMessage()),
          e);
    }
  }

  private static String firstLine(SQLException e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    return message.lines().findFirst().orElse(message);
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new AgendaStoreException("cannot close the agenda store " + location, e);
      } finally {
        connection = null;
      }
    }
  }
}
