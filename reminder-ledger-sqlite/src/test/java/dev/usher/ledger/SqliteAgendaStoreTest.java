package dev.usher.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.testing.AgendaStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAgendaStoreTest extends AgendaStoreContract {
  @TempDir Path folder;
  private final List<SqliteAgendaStore> opened = new ArrayList<>();

  @Override
  protected AgendaStore store() {
    SqliteAgendaStore store =
        SqliteAgendaStore.open(folder.resolve(".usher/agenda-" + opened.size() + ".db"));
    opened.add(store);
    return store;
  }

  @AfterEach
  void close() {
    opened.forEach(SqliteAgendaStore::close);
  }

  @Test
  void starsSurviveReopeningTheFile() {
    Path file = folder.resolve("agenda.db");
    try (SqliteAgendaStore store = SqliteAgendaStore.open(file)) {
      store.star(ALICE, new Star("k", "Keynote", Instant.parse("2026-05-20T10:00:00Z")));
      store.remindersOn(ALICE, false);
    }

    try (SqliteAgendaStore store = SqliteAgendaStore.open(file)) {
      assertThat(store.find(ALICE).orElseThrow().stars())
          .extracting(Star::title)
          .containsExactly("Keynote");
      assertThat(store.find(ALICE).orElseThrow().remindersOn()).isFalse();
    }
  }

  @Test
  void forgetMeLeavesNoRowWithTheUserId() throws Exception {
    Path file = folder.resolve("agenda.db");
    try (SqliteAgendaStore store = SqliteAgendaStore.open(file)) {
      store.star(ALICE, new Star("k", "Keynote", Instant.parse("2026-05-20T10:00:00Z")));
      store.remindersOn(ALICE, false);
      store.forget(ALICE);
    }

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String table : List.of("agenda", "agenda_star")) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          assertThat(rows.getInt(1)).as(table).isZero();
        }
      }
    }
  }
}
