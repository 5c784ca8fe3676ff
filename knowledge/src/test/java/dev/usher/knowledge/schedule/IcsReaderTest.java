package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsReaderTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final String CALENDAR =
      """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//usher//test//EN
      X-WR-CALNAME:TestConf 2026
      BEGIN:VTIMEZONE
      TZID:Europe/Berlin
      BEGIN:STANDARD
      DTSTART:19701025T030000
      TZOFFSETFROM:+0200
      TZOFFSETTO:+0100
      RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
      END:STANDARD
      BEGIN:DAYLIGHT
      DTSTART:19700329T020000
      TZOFFSETFROM:+0100
      TZOFFSETTO:+0200
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
      END:DAYLIGHT
      END:VTIMEZONE
      BEGIN:VEVENT
      UID:standup
      DTSTART;TZID=Europe/Berlin:20260424T090000
      DTEND;TZID=Europe/Berlin:20260424T091500
      RRULE:FREQ=DAILY;COUNT=4
      EXDATE;TZID=Europe/Berlin:20260425T090000
      SUMMARY:Morning stand-up
      LOCATION:Hall A
      CATEGORIES:Community
      END:VEVENT
      BEGIN:VEVENT
      UID:keynote
      DTSTART:20260424T100000Z
      DURATION:PT1H
      SUMMARY:Keynote
      DESCRIPTION:Opening keynote
      URL:https://example.org/keynote
      X-SPEAKER:Ada Lovelace, Grace Hopper
      END:VEVENT
      BEGIN:VEVENT
      UID:lunch
      DTSTART:20260424T130000
      DTEND:20260424T140000
      SUMMARY:Lunch
      END:VEVENT
      BEGIN:VEVENT
      UID:broken
      DTSTART:not-a-date
      SUMMARY:Broken talk
      END:VEVENT
      BEGIN:VEVENT
      UID:party
      DTSTART;VALUE=DATE:20260426
      SUMMARY:Party day
      END:VEVENT
      END:VCALENDAR
      """;

  @TempDir Path dir;

  @Test
  void readsTheGoodEventsAndReportsTheBrokenOne() throws IOException {
    // given
    Path file = write("conf.ics", CALENDAR);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule/conf.ics", LISBON);

    // then
    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("schedule/conf.ics");
              assertThat(p.reason()).contains("UID broken").contains("not-a-date");
            });
    assertThat(reading.sessions())
        .extracting(Session::id)
        .containsExactlyInAnyOrder(
            "standup#2026-04-24T07:00:00Z",
            "standup#2026-04-26T07:00:00Z",
            "standup#2026-04-27T07:00:00Z",
            "keynote",
            "lunch",
            "party");
    assertThat(reading.conferenceName()).contains("TestConf 2026");
    assertThat(reading.declaredZone()).contains(BERLIN);
  }

  @Test
  void expandsRecurrencesInTheirTimeZoneWithoutExcludedDates() throws IOException {
    // when
    Map<String, Session> byId = read();

    // then
    Session third = byId.get("standup#2026-04-26T07:00:00Z");
    assertThat(third.start()).isEqualTo(ZonedDateTime.of(2026, 4, 26, 9, 0, 0, 0, BERLIN));
    assertThat(third.end()).isEqualTo(ZonedDateTime.of(2026, 4, 26, 9, 15, 0, 0, BERLIN));
    assertThat(third.room()).contains("Hall A");
    assertThat(third.track()).contains("Community");
    assertThat(byId).doesNotContainKey("standup#2026-04-25T07:00:00Z");
  }

  @Test
  void readsUtcFloatingAndAllDayTimes() throws IOException {
    // when
    Map<String, Session> byId = read();

    // then
    Session keynote = byId.get("keynote");
    assertThat(keynote.start().toInstant()).hasToString("2026-04-24T10:00:00Z");
    assertThat(keynote.end().toInstant()).hasToString("2026-04-24T11:00:00Z");
    assertThat(keynote.speakers()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(keynote.description()).isEqualTo("Opening keynote");
    assertThat(keynote.url())
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://example.org/keynote"));
    Session lunch = byId.get("lunch");
    assertThat(lunch.start()).isEqualTo(ZonedDateTime.of(2026, 4, 24, 13, 0, 0, 0, LISBON));
    Session party = byId.get("party");
    assertThat(party.start()).isEqualTo(ZonedDateTime.of(2026, 4, 26, 0, 0, 0, 0, LISBON));
    assertThat(party.end()).isEqualTo(ZonedDateTime.of(2026, 4, 27, 0, 0, 0, 0, LISBON));
  }

  @Test
  void readsACleanCalendarWithoutProblems() throws IOException {
    // given
    String clean = CALENDAR.replaceAll("(?s)BEGIN:VEVENT\nUID:broken.*?END:VEVENT\n", "");
    Path file = write("clean.ics", clean);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "clean.ics", LISBON);

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(6);
  }

  @Test
  void boundsAnEndlessRecurrenceAndSaysSo() throws IOException {
    // given
    Path file =
        write(
            "endless.ics",
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//usher//test//EN
            BEGIN:VEVENT
            UID:daily
            DTSTART:20260101T090000Z
            DURATION:PT30M
            RRULE:FREQ=DAILY
            SUMMARY:Forever
            END:VEVENT
            END:VCALENDAR
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "endless.ics", LISBON);

    // then
    assertThat(reading.sessions()).hasSize(IcsEventReader.MAX_OCCURRENCES);
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("500"));
  }

  @Test
  void reportsAFileThatIsNotACalendar() throws IOException {
    // given
    Path file = write("notes.ics", "just some notes\n");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "notes.ics", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("notes.ics"));
  }

  @Test
  void reportsALatin1CalendarInsteadOfReadingMojibake() throws IOException {
    // given: the same calendar saved as Latin-1, "Café" with the single byte 0xE9
    String calendar =
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//EN
        BEGIN:VEVENT
        UID:c1
        DTSTART:20260425T090000Z
        DTEND:20260425T100000Z
        SUMMARY:Café talk
        END:VEVENT
        END:VCALENDAR
        """
            .replace("\n", "\r\n");
    Path file =
        Files.write(dir.resolve("latin1.ics"), calendar.getBytes(StandardCharsets.ISO_8859_1));

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "latin1.ics", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not UTF-8 (byte 0xE9 on line 8)"));
  }

  private Map<String, Session> read() throws IOException {
    return RealSchedulesTest.byId(
        ScheduleFiles.read(write("conf.ics", CALENDAR), "conf.ics", LISBON));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content.replace("\n", "\r\n"));
  }
}
