package dev.usher.core.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The one text form of the schedule announced last, for the file and the database alike. */
class AnnouncedScheduleTextTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final Session TALK =
      new Session(
          "t1",
          "Line one\nline two = # ü",
          ZonedDateTime.parse("2026-06-01T09:00+02:00[Europe/Brussels]"),
          ZonedDateTime.parse("2026-06-01T09:45+02:00[Europe/Brussels]"),
          Optional.of("Room 1"),
          Optional.empty(),
          List.of(),
          "",
          Optional.empty());

  @Test
  void aRecordReadBackIsTheRecordWrittenAndTheSameRecordIsTheSameText() {
    Announced announced =
        new Announced(
            new Schedule(ZONE, List.of(TALK)),
            Optional.of(
                new Batch(
                    "changes@2026-06-01T05:00:00Z#0123456789ab",
                    new Schedule(ZONE, List.of()),
                    Instant.parse("2026-06-01T05:00:00Z"))));

    String text = AnnouncedScheduleText.write(announced);

    assertThat(AnnouncedScheduleText.read(text)).isEqualTo(announced);
    assertThat(AnnouncedScheduleText.write(AnnouncedScheduleText.read(text))).isEqualTo(text);
    assertThat(text).doesNotContain("#0123456789ab\n#").doesNotStartWith("#");
  }

  @Test
  void commentLinesAreIgnored() {
    Announced announced = Announced.quietly(new Schedule(ZONE, List.of(TALK)));

    String text = "# kept by Usher\n" + AnnouncedScheduleText.write(announced);

    assertThat(AnnouncedScheduleText.read(text)).isEqualTo(announced);
  }

  @Test
  void aDamagedTextSaysWhatIsWrongInOneLine() {
    assertThatThrownBy(() -> AnnouncedScheduleText.read("now.sessions=two\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("now.sessions is not a number");
    assertThatThrownBy(() -> AnnouncedScheduleText.read("now.sessions=1\nnow.zone=UTC\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no now.0.id");
    assertThatThrownBy(() -> AnnouncedScheduleText.read("now.sessions=0\nnow.zone=Mars/Olympus\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a time or zone cannot be read: ")
        .hasMessageNotContaining("\n");
  }
}
