package dev.usher.ledger.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedgerException;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL ledger adds to the contract: URLs, secrets, reconnection, versions. */
@Tag("slow")
class PostgresReminderLedgerTest {
  private static final ReminderKey DAILY =
      new ReminderKey(ReminderKey.Kind.DAILY, "2026-04-24", "slack", "C0123ABCD");

  @Test
  void aUrlIsReadIntoAJdbcUrlAndCredentialsThatNeverShowThePassword() {
    PostgresLocation location =
        PostgresLocation.parse(
            "postgres://usher:s%40cret@db.example.org:6543/conf?sslmode=require");

    assertThat(location.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.org:6543/conf?sslmode=require");
    assertThat(location.user()).isEqualTo("usher");
    assertThat(location.password()).isEqualTo("s@cret");
    assertThat(location.toString()).doesNotContain("cret");
  }

  @Test
  void theUrlsParametersNeverShowSinceTheyMayHoldAPassword() {
    PostgresLocation location =
        PostgresLocation.parse(
            "postgres://usher@db.example.org/conf?sslmode=require&sslpassword=k3y-secret");

    assertThat(location.jdbcUrl()).endsWith("?sslmode=require&sslpassword=k3y-secret");
    assertThat(location.toString())
        .isEqualTo("jdbc:postgresql://db.example.org:5432/conf as usher");
  }

  @Test
  void aBadUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> PostgresLocation.parse("mysql://usher:hunter2@db/conf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgres://")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> PostgresLocation.parse("postgres://usher:hunter2@db.example.org"))
        .hasMessageContaining("no database")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void aDatabaseThatCannotBeReachedIsOneLineWithoutThePassword() throws Exception {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    PostgresLocation nowhere =
        PostgresLocation.parse("postgres://usher:hunter2@127.0.0.1:" + closedPort + "/usher");

    assertThatThrownBy(() -> PostgresReminderLedger.open(nowhere))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining("cannot be reached")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
  }

  @Test
  void aLedgerWhoseConnectionWasKilledReconnectsAtTheNextCall() throws Exception {
    PostgresLocation database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    try (var ledger = PostgresReminderLedger.open(database)) {
      ledger.markStarted(DAILY, Instant.parse("2026-04-24T10:00:00Z"));
      terminateOtherConnections(database);

      assertThatThrownBy(() -> ledger.find(DAILY)).isInstanceOf(ReminderLedgerException.class);
      ledger.markDone(DAILY, Instant.parse("2026-04-24T10:00:01Z"));

      assertThat(ledger.isDone(DAILY)).isTrue();
    }
  }

  @Test
  void aDatabaseFromANewerUsherIsRefusedSayingSo() throws Exception {
    PostgresLocation database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    PostgresReminderLedger.open(database).close();
    try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.credentials());
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE usher_schema SET version = 7");
    }

    assertThatThrownBy(() -> PostgresReminderLedger.open(database))
        .isInstanceOf(ReminderLedgerException.class)
        .hasMessageContaining("newer Usher (schema 7");
  }

  private static void terminateOtherConnections(PostgresLocation database) throws Exception {
    try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.credentials());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }
  }
}
