package dev.usher.ledger.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs schema statements of replicas that start at the same time one replica after the other.
 * PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} is not safe against itself: two sessions creating
 * the same table at once can both pass the check, and the second fails on the catalog's unique
 * index ({@code type "usher_lease" already exists}). Every table of the shared state is created
 * through here, under one transaction-scoped advisory lock.
 */
final class SchemaLock {
  /** The advisory lock every replica's schema change takes; released when its transaction ends. */
  static final long KEY = 0x5553484552_01L;

  @FunctionalInterface
  interface SchemaWork {
    void run(Statement statement) throws SQLException;
  }

  private SchemaLock() {}

  /**
   * Runs {@code work} in one transaction holding the lock, and commits it; on failure rolls back.
   * The connection is back in auto-commit mode afterwards.
   */
  static void underLock(Connection connection, SchemaWork work) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
      work.run(statement);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Creates the tables named by {@code statements} (each {@code CREATE ... IF NOT EXISTS}). */
  static void create(Connection connection, String... statements) throws SQLException {
    underLock(
        connection,
        statement -> {
          for (String sql : statements) {
            statement.execute(sql);
          }
        });
  }
}
