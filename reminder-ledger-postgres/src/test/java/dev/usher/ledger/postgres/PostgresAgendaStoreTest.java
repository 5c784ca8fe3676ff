package dev.usher.ledger.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.testing.AgendaStoreContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared agenda store, against a throw-away PostgreSQL server. */
class PostgresAgendaStoreTest extends AgendaStoreContract {
  private final List<PostgresAgendaStore> opened = new ArrayList<>();

  @Override
  protected AgendaStore store() {
    PostgresAgendaStore store =
        PostgresAgendaStore.open(PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase()));
    opened.add(store);
    return store;
  }

  @AfterEach
  void close() {
    opened.forEach(PostgresAgendaStore::close);
  }

  @Test
  void twoReplicasSeeTheSameStarsAndForgetMeLeavesNoRow() throws Exception {
    PostgresLocation database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    try (PostgresAgendaStore first = PostgresAgendaStore.open(database);
        PostgresAgendaStore second = PostgresAgendaStore.open(database)) {
      first.star(ALICE, new Star("k", "Keynote", Instant.parse("2026-05-20T10:00:00Z")));
      assertThat(second.find(ALICE).orElseThrow().stars())
          .extracting(Star::sessionId)
          .containsExactly("k");

      second.forget(ALICE);
    }

    try (Connection connection =
            DriverManager.getConnection(database.jdbcUrl(), database.credentials());
        Statement statement = connection.createStatement()) {
      for (String table : List.of("usher_agenda", "usher_agenda_star")) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          assertThat(rows.getInt(1)).as(table).isZero();
        }
      }
    }
  }
}
