package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import dev.usher.knowledge.calendar.IcalAgendaWriter;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The agenda's {@code .ics}, read back by the conference's own iCalendar reader and validated. */
class AgendaCalendarRoundTripTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private final IcalAgendaWriter writer =
      new IcalAgendaWriter(Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC));

  private static Session session(String id, String title, String start, int minutes, String room) {
    ZonedDateTime at = ZonedDateTime.of(LocalDateTime.parse(start), BRUSSELS);
    return new Session(
        id,
        title,
        at,
        at.plusMinutes(minutes),
        Optional.of(room),
        Optional.empty(),
        List.of("Ada Lovelace"),
        "About engines; with commas, and \"quotes\".",
        Optional.of(URI.create("https://example.org/talk/" + id)));
  }

  // One session before the night clocks jump forward (29 March 2026), one after.
  private final List<Session> agenda =
      List.of(
          session("talk/1", "Engines, analytical", "2026-03-28T17:00", 45, "Hall A"),
          session("talk-2", "Après-DST: the Sunday keynote", "2026-03-29T10:00", 60, "Main hall"));

  @Test
  void theReaderReadsBackEverySessionAtTheSameInstantsAcrossTheDstChange() {
    String ics = writer.write("DevConf 2026 agenda", agenda, BRUSSELS);

    ScheduleReading reading =
        new IcsReader().read(ics.getBytes(StandardCharsets.UTF_8), "agenda.ics", ZoneOffset.UTC);

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(2);
    assertThat(reading.sessions())
        .extracting(Session::title)
        .containsExactly("Engines, analytical", "Après-DST: the Sunday keynote");
    assertThat(reading.sessions())
        .extracting(s -> s.start().toInstant())
        .containsExactly(
            Instant.parse("2026-03-28T16:00:00Z"), Instant.parse("2026-03-29T08:00:00Z"));
    assertThat(reading.sessions())
        .extracting(s -> s.room().orElseThrow())
        .containsExactly("Hall A", "Main hall");
  }

  @Test
  void ical4jsValidatorFindsNoErrorAndTheZoneIsDefinedInTheFile() throws Exception {
    String ics = writer.write("DevConf 2026 agenda", agenda, BRUSSELS);

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();

    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    assertThat(ics)
        .contains(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Brussels",
            "DTSTART;TZID=Europe/Brussels:20260329T100000");
  }

  @Test
  void uidsAreStablePerSessionAndDistinctBetweenSessions() {
    String first = writer.write("DevConf 2026 agenda", agenda, BRUSSELS);
    String later =
        new IcalAgendaWriter(Clock.systemUTC())
            .write("DevConf 2026 agenda", agenda.subList(1, 2), BRUSSELS);

    List<String> uids = first.lines().filter(l -> l.startsWith("UID:")).toList();
    assertThat(uids)
        .containsExactly(
            "UID:talk%2F1@devconf-2026-agenda.usher", "UID:talk-2@devconf-2026-agenda.usher");
    assertThat(later.lines().filter(l -> l.startsWith("UID:"))).containsExactly(uids.get(1));
  }
}
