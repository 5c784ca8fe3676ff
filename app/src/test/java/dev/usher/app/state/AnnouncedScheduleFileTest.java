package dev.usher.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.announce.AnnouncedSchedule.Announced;
import dev.usher.core.announce.AnnouncedSchedule.Batch;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule announced last, kept in the state folder across a restart. */
class AnnouncedScheduleFileTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  @TempDir Path state;

  private static Session session(String id, String title, String start, Optional<String> room) {
    ZonedDateTime at = ZonedDateTime.parse(start);
    return new Session(
        id, title, at, at.plusMinutes(25), room, Optional.empty(), List.of(), "", Optional.empty());
  }

  @Test
  void keepsWhatAnAnnouncementComparesAndTheLastBatchAcrossAReopen() {
    Schedule before =
        new Schedule(
            ZONE,
            List.of(
                session(
                    "9025",
                    "Welcome to FOSDEM 2020",
                    "2020-02-01T09:30+01:00[Europe/Brussels]",
                    Optional.of("Janson"))));
    Schedule now =
        new Schedule(
            ZONE,
            List.of(
                session(
                    "9025",
                    "Welcome = \"FOSDEM\"\n2020 # ünïcode",
                    "2020-02-01T09:40+01:00[Europe/Brussels]",
                    Optional.empty())));
    Announced announced =
        new Announced(
            now,
            Optional.of(
                new Batch(
                    "changes@2020-02-01T07:05:00Z#abc",
                    before,
                    Instant.parse("2020-02-01T07:05:00Z"))));

    AnnouncedScheduleFile.in(state).keep(announced);

    assertThat(AnnouncedScheduleFile.in(state).last()).contains(announced);
  }

  @Test
  void aDamagedFileCountsAsNoneRatherThanStoppingTheStart() throws Exception {
    Files.writeString(state.resolve("announced-schedule.properties"), "now.sessions=two\n");

    assertThat(AnnouncedScheduleFile.in(state).last()).isEmpty();
  }
}
