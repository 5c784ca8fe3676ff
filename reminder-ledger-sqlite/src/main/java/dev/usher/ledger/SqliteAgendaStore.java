package dev.usher.ledger;

import dev.usher.core.agenda.Agenda;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.AgendaStoreException;
import dev.usher.core.agenda.Star;
import java.nio.file.Path;
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

/**
 * Personal agendas in one SQLite file ({@code .usher/agenda.db}): a table {@code agenda} (platform,
 * user id, the agenda's random token, whether its messages are on) and {@code agenda_star} (the
 * starred session's id and title, when starred). It is the only file of the state folder that holds
 * platform user ids. WAL with {@code synchronous=FULL}: a change is on disk when the method
 * returns.
 *
 * <p>Thread-safe: one connection under a lock. Close it when done.
 */
public final class SqliteAgendaStore implements AgendaStore, AutoCloseable {
  /** What this file is, in messages. */
  private static final String STORE = "agenda store";

  private final Path file;
  private final Connection connection;

  private SqliteAgendaStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (or creates, with its folders) the store in {@code file} and checks it can be written.
   *
   * @throws AgendaStoreException in one sentence naming the file
   */
  public static SqliteAgendaStore open(Path file) {
    Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
    Connection connection =
        SqliteStateFile.connect(absolute, STORE, "FULL", AgendaStoreException::new);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys=ON");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS agenda (platform TEXT NOT NULL, user_id TEXT NOT NULL,"
              + " token TEXT NOT NULL UNIQUE, reminders_on INTEGER NOT NULL, PRIMARY KEY (platform, user_id))");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS agenda_star (platform TEXT NOT NULL,"
              + " user_id TEXT NOT NULL, session_id TEXT NOT NULL, title TEXT NOT NULL,"
              + " starred_at INTEGER NOT NULL, seq INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " UNIQUE (platform, user_id, session_id),"
              + " FOREIGN KEY (platform, user_id) REFERENCES agenda (platform, user_id) ON DELETE CASCADE)");
      // A real write now: a read-only file fails at start, not at the first /star.
      statement.execute("DELETE FROM agenda WHERE 0");
      statement.execute("PRAGMA user_version=1");
    } catch (SQLException e) {
      closeQuietly(connection);
      throw unusable(absolute, e);
    }
    return new SqliteAgendaStore(absolute, connection);
  }

  @Override
  public synchronized Optional<Agenda> find(AgendaOwner owner) {
    try {
      return read(owner);
    } catch (SQLException e) {
      throw failed("read", e);
    }
  }

  @Override
  public synchronized boolean star(AgendaOwner owner, Star star) {
    try {
      ensure(owner);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO agenda_star"
                  + " (platform, user_id, session_id, title, starred_at) VALUES (?, ?, ?, ?, ?)"
                  + " ON CONFLICT (platform, user_id, session_id) DO NOTHING")) {
        bind(insert, owner);
        insert.setString(3, star.sessionId());
        insert.setString(4, star.title());
        insert.setLong(5, star.starredAt().toEpochMilli());
        return insert.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  @Override
  public synchronized boolean unstar(AgendaOwner owner, String sessionId) {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM agenda_star WHERE platform = ? AND user_id = ? AND session_id = ?")) {
      bind(delete, owner);
      delete.setString(3, sessionId);
      return delete.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  @Override
  public synchronized void remindersOn(AgendaOwner owner, boolean on) {
    try {
      ensure(owner);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE agenda SET reminders_on = ? WHERE platform = ? AND user_id = ?")) {
        update.setInt(1, on ? 1 : 0);
        update.setString(2, owner.platform());
        update.setString(3, owner.userId());
        update.executeUpdate();
      }
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  @Override
  public synchronized boolean forget(AgendaOwner owner) {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM agenda WHERE platform = ? AND user_id = ?")) {
      bind(delete, owner);
      return delete.executeUpdate() == 1; // its stars go with it (ON DELETE CASCADE)
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  @Override
  public synchronized List<Agenda> all() {
    Map<AgendaOwner, List<Star>> stars = new LinkedHashMap<>();
    Map<AgendaOwner, String[]> heads = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT a.platform, a.user_id, a.token, a.reminders_on,"
                    + " s.session_id, s.title, s.starred_at FROM agenda a JOIN agenda_star s"
                    + " ON s.platform = a.platform AND s.user_id = a.user_id ORDER BY a.platform, a.user_id, s.seq")) {
      while (rows.next()) {
        AgendaOwner owner = new AgendaOwner(rows.getString(1), rows.getString(2));
        heads.putIfAbsent(owner, new String[] {rows.getString(3), String.valueOf(rows.getInt(4))});
        stars.computeIfAbsent(owner, o -> new ArrayList<>()).add(star(rows, 5));
      }
    } catch (SQLException e) {
      throw failed("read", e);
    }
    List<Agenda> agendas = new ArrayList<>();
    heads.forEach(
        (owner, head) ->
            agendas.add(
                new Agenda(
                    owner, head[0], stars.getOrDefault(owner, List.of()), head[1].equals("1"))));
    return agendas;
  }

  @Override
  public synchronized int purge() {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM agenda_star");
      return statement.executeUpdate("DELETE FROM agenda");
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  private Optional<Agenda> read(AgendaOwner owner) throws SQLException {
    String token;
    boolean on;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT token, reminders_on FROM agenda WHERE platform = ? AND user_id = ?")) {
      bind(select, owner);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        token = row.getString(1);
        on = row.getInt(2) == 1;
      }
    }
    List<Star> stars = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT session_id, title, starred_at"
                + " FROM agenda_star WHERE platform = ? AND user_id = ? ORDER BY seq")) {
      bind(select, owner);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stars.add(star(rows, 1));
        }
      }
    }
    return Optional.of(new Agenda(owner, token, stars, on));
  }

  private void ensure(AgendaOwner owner) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO agenda"
                + " (platform, user_id, token, reminders_on) VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING")) {
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

  private AgendaStoreException failed(String what, SQLException e) {
    return new AgendaStoreException(
        "cannot " + what + " the agenda store " + file + ": " + SqliteReminderLedger.reason(e), e);
  }

  private static RuntimeException unusable(Path file, SQLException e) {
    return SqliteStateFile.unusable(STORE, file, e, AgendaStoreException::new);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already failing: the first error is the one reported
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new AgendaStoreException("cannot close the agenda store " + file, e);
    }
  }
}
