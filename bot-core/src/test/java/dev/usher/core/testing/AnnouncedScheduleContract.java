package dev.usher.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.AnnouncedSchedule.Announced;
import dev.usher.core.announce.AnnouncedSchedule.Batch;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every durable {@link AnnouncedSchedule} does; a record's test extends this and says how to
 * make an empty one and how to open the same record again (after a restart, or on the next leader).
 */
public abstract class AnnouncedScheduleContract {
  protected static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  /** A new record with nothing kept. */
  protected abstract AnnouncedSchedule empty();

  /** A second instance over what {@code record} keeps, as the next process would open it. */
  protected abstract AnnouncedSchedule reopened(AnnouncedSchedule record);

  protected static Session session(String id, String title, String start, Optional<String> room) {
    ZonedDateTime at = ZonedDateTime.parse(start);
    return new Session(
        id, title, at, at.plusMinutes(25), room, Optional.empty(), List.of(), "", Optional.empty());
  }

  protected static final Schedule BEFORE =
      new Schedule(
          ZONE,
          List.of(
              session(
                  "9025",
                  "Welcome to FOSDEM 2020",
                  "2020-02-01T09:30+01:00[Europe/Brussels]",
                  Optional.of("Janson")),
              session(
                  "9026",
                  "Keynote",
                  "2020-02-01T10:00+01:00[Europe/Brussels]",
                  Optional.of("Janson"))));

  protected static final Schedule NOW =
      new Schedule(
          ZONE,
          List.of(
              session(
                  "9025",
                  "Welcome = \"FOSDEM\"\n2020 # ünïcode 'quoted' \\ back",
                  "2020-02-01T09:40+01:00[Europe/Brussels]",
                  Optional.empty())));

  protected static final Announced WITH_BATCH =
      new Announced(
          NOW,
          Optional.of(
              new Batch(
                  "changes@2020-02-01T07:05:00Z#abc",
                  BEFORE,
                  Instant.parse("2020-02-01T07:05:00Z"))));

  @Test
  void nothingIsKeptBeforeTheFirstKeep() {
    assertThat(empty().last()).isEmpty();
  }

  @Test
  void keepsWhatAnAnnouncementComparesAndTheLastBatchAcrossAReopen() {
    AnnouncedSchedule record = empty();

    record.keep(WITH_BATCH);

    assertThat(record.last()).contains(WITH_BATCH);
    assertThat(reopened(record).last()).contains(WITH_BATCH);
  }

  @Test
  void aVersionKeptQuietlyHasNoBatchToHandOutAgain() {
    AnnouncedSchedule record = empty();

    record.keep(Announced.quietly(BEFORE));

    assertThat(reopened(record).last()).contains(Announced.quietly(BEFORE));
  }

  @Test
  void eachKeepReplacesTheLastOneWholeAnEmptyScheduleToo() {
    AnnouncedSchedule record = empty();
    record.keep(WITH_BATCH);

    record.keep(Announced.quietly(new Schedule(ZONE, List.of())));

    assertThat(reopened(record).last()).contains(Announced.quietly(new Schedule(ZONE, List.of())));
  }
}
