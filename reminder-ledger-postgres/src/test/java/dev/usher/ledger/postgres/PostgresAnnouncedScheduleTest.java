package dev.usher.ledger.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.AnnouncedSchedule.Announced;
import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.core.testing.AnnouncedScheduleContract;
import dev.usher.core.testing.LoggedWarnings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schedule announced last, in the replicas' shared database, against a throw-away server. */
class PostgresAnnouncedScheduleTest extends AnnouncedScheduleContract {
  private static final String FOSDEM = "FOSDEM 2020";

  private final List<PostgresAnnouncedSchedule> opened = new ArrayList<>();
  private final List<PostgresLocation> databases = new ArrayList<>();

  private PostgresAnnouncedSchedule opened(PostgresAnnouncedSchedule record) {
    opened.add(record);
    return record;
  }

  private PostgresLocation newDatabase() {
    PostgresLocation database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
    databases.add(database);
    return database;
  }

  @Override
  protected AnnouncedSchedule empty() {
    return opened(PostgresAnnouncedSchedule.open(newDatabase(), FOSDEM));
  }

  /** The next leader: its own connection to the same database and conference. */
  @Override
  protected AnnouncedSchedule reopened(AnnouncedSchedule record) {
    return opened(PostgresAnnouncedSchedule.open(databases.getLast(), FOSDEM));
  }

  @AfterEach
  void close() {
    opened.forEach(PostgresAnnouncedSchedule::close);
  }

  @Test
  void twoConferencesOnOneDatabaseKeepTheirOwnRecord() {
    PostgresLocation database = newDatabase();
    PostgresAnnouncedSchedule fosdem = opened(PostgresAnnouncedSchedule.open(database, FOSDEM));
    PostgresAnnouncedSchedule other = opened(PostgresAnnouncedSchedule.open(database, "JFokus"));

    fosdem.keep(WITH_BATCH);
    other.keep(Announced.quietly(BEFORE));

    assertThat(opened(PostgresAnnouncedSchedule.open(database, FOSDEM)).last())
        .contains(WITH_BATCH);
    assertThat(opened(PostgresAnnouncedSchedule.open(database, "JFokus")).last())
        .contains(Announced.quietly(BEFORE));
    assertThat(opened(PostgresAnnouncedSchedule.open(database, "Devoxx")).last()).isEmpty();
  }

  @Test
  void aDamagedRowIsSaidInOneLineAndCountsAsNone() throws Exception {
    PostgresLocation database = newDatabase();
    PostgresAnnouncedSchedule record = opened(PostgresAnnouncedSchedule.open(database, FOSDEM));
    record.keep(WITH_BATCH);
    try (Connection connection =
            DriverManager.getConnection(database.jdbcUrl(), database.credentials());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE usher_announced_schedule SET announced = 'now.sessions=two'");
    }
    List<String> warnings;
    try (LoggedWarnings logged = LoggedWarnings.of(PostgresAnnouncedSchedule.class)) {
      assertThat(record.last()).isEmpty();
      warnings = logged.messages();
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .contains(FOSDEM, "damaged", "now.sessions is not a number")
        .doesNotContain("\n");
  }

  @Test
  void aDeposedLeaderCannotOverwriteWhatItsSuccessorKept() throws Exception {
    PostgresLocation database = newDatabase();
    Duration shortLease = Duration.ofMillis(800);
    try (PostgresLease first = PostgresLease.open(database, "first", shortLease);
        PostgresLease second = PostgresLease.open(database, "second", shortLease)) {
      long firstToken = first.tryAcquire().orElseThrow();
      PostgresAnnouncedSchedule deposed =
          opened(PostgresAnnouncedSchedule.fenced(database, FOSDEM, firstToken));
      deposed.keep(Announced.quietly(BEFORE));
      Thread.sleep(shortLease.toMillis() + 200);
      long secondToken = second.tryAcquire().orElseThrow();
      PostgresAnnouncedSchedule leader =
          opened(PostgresAnnouncedSchedule.fenced(database, FOSDEM, secondToken));
      assertThat(leader.last()).contains(Announced.quietly(BEFORE));

      leader.keep(WITH_BATCH);

      assertThatThrownBy(() -> deposed.keep(Announced.quietly(NOW)))
          .isInstanceOf(ReminderLedgerException.class)
          .hasMessageContaining("no longer the leader");
      assertThat(deposed.last()).contains(WITH_BATCH);
    }
  }
}
