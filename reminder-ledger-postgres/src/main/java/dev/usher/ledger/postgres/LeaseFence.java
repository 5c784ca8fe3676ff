package dev.usher.ledger.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The check a leader's write makes in its own transaction: is the lease of {@link PostgresLease}
 * still held under this token? It takes a share lock on the lease row until the transaction ends,
 * so a standby's takeover waits for a write already checked, and a write after the takeover sees
 * the new token.
 */
final class LeaseFence {
  private LeaseFence() {}

  /** Whether {@code token} still leads; call inside the write's transaction, before writing. */
  static boolean holds(Connection connection, long token) throws SQLException {
    try (PreparedStatement check =
        connection.prepareStatement(
            "SELECT 1 FROM usher_lease WHERE name = ? AND token = ? AND expires_at > now() FOR SHARE")) {
      check.setString(1, PostgresLease.NAME);
      check.setLong(2, token);
      try (ResultSet row = check.executeQuery()) {
        return row.next();
      }
    }
  }
}
