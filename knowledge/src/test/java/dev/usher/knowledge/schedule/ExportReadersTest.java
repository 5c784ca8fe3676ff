package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReadersTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @TempDir Path dir;

  @Test
  void keepsTheEventsBeforeATruncationAndReportsWhereTheJsonEnds() throws IOException {
    // given: the real pretalx export cut off in the middle of its fourth event
    String json = Files.readString(SharedData.data("pretalx-democon/schedule.json"));
    int cut = nthIndex(json, "\"slug\"", 4);
    Path file = Files.writeString(dir.resolve("schedule.json"), json.substring(0, cut));

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "pretalx/schedule.json", LISBON);

    // then
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("1", "2", "6");
    assertThat(reading.declaredZone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("pretalx/schedule.json");
              assertThat(p.reason()).contains("truncated").contains("line 1, column");
            });
  }

  @Test
  void reportsJsonThatCannotBeReadAtAll() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("schedule.json"), "{\"schedule\": {\"conf");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.json", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("line 1, column"));
  }

  @Test
  void reportsJsonThatIsNotASchedule() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a schedule\"}");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "other.json", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("schedule.conference"));
  }

  @Test
  void skipsAndReportsAMalformedFrabEventAndKeepsTheOthers() throws IOException {
    // given
    Path file =
        Files.writeString(
            dir.resolve("schedule.xml"),
            """
            <?xml version="1.0" encoding="utf-8"?>
            <schedule>
              <conference><title>Small Con</title><time_zone_name>Europe/Lisbon</time_zone_name></conference>
              <day index="1" date="2026-04-25">
                <room name="Main">
                  <event id="1">
                    <date>2026-04-25T09:00:00+01:00</date><duration>00:45</duration>
                    <title>Good one</title><track>Core</track>
                    <url>https://example.org/1</url>
                    <persons><person id="7">Ada</person></persons>
                  </event>
                  <event id="2">
                    <date>sometime</date><duration>00:45</duration><title>Bad date</title>
                  </event>
                  <event id="3">
                    <date>2026-04-25T11:00:00+01:00</date><title>No duration</title>
                  </event>
                  <event id="4">
                    <date>2026-04-25T23:30:00+01:00</date><duration>25:00</duration><title>Long night</title>
                  </event>
                </room>
              </day>
            </schedule>
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", ZoneId.of("UTC"));

    // then
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("1", "4");
    Session good = reading.sessions().getFirst();
    assertThat(good.start().getZone()).isEqualTo(LISBON);
    assertThat(good.start().toInstant()).hasToString("2026-04-25T08:00:00Z");
    assertThat(good.room()).contains("Main");
    assertThat(good.speakers()).containsExactly("Ada");
    assertThat(good.url()).isPresent();
    assertThat(reading.sessions().get(1).end().toInstant()).hasToString("2026-04-26T23:30:00Z");
    assertThat(reading.problems())
        .extracting(IngestReport.Problem::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("event 2").contains("sometime"),
            r -> assertThat(r).startsWith("event 3").contains("no <duration>"));
    assertThat(reading.declaredZone()).contains(LISBON);
    assertThat(reading.conferenceName()).contains("Small Con");
  }

  @Test
  void takesTheZoneOffsetFromFrabDatesWhenNoZoneIsNamed() throws IOException {
    // given
    Path file =
        Files.writeString(
            dir.resolve("schedule.xml"),
            """
            <schedule><day><room name="R"><event id="1">
              <date>2026-04-25T09:00:00+02:00</date><duration>00:30</duration><title>T</title>
            </event></room></day></schedule>
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", LISBON);

    // then
    assertThat(reading.declaredZone()).contains(ZoneOffset.ofHours(2));
    assertThat(reading.sessions())
        .singleElement()
        .satisfies(s -> assertThat(s.room()).contains("R"));
  }

  @Test
  void refusesXmlWithADoctypeSoNoEntityReachesTheFileSystem() throws IOException {
    // given
    Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
    Path file =
        Files.writeString(
            dir.resolve("schedule.xml"),
            """
            <?xml version="1.0"?>
            <!DOCTYPE schedule [<!ENTITY x SYSTEM "%s">]>
            <schedule><day><room name="R"><event id="1">
              <date>2026-04-25T09:00:00+02:00</date><duration>00:30</duration><title>&x;</title>
            </event></room></day></schedule>
            """
                .formatted(secret.toUri()));

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("DOCTYPE").doesNotContain("top secret"));
  }

  @Test
  void reportsXmlThatIsNotWellFormedWithItsLine() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("schedule.xml"), "<schedule>\n<day>\n</schedule>\n");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("line 3"));
  }

  @Test
  void datesPentabarfEventsByTheirDayAndPutsTimesBeforeDayChangeOnTheNextMorning()
      throws IOException {
    // given: the Pentabarf layout, times under a dated <day>, no zone in the file
    Path file =
        Files.writeString(
            dir.resolve("schedule.xml"),
            """
            <schedule>
              <conference><title>Pentacon</title><day_change>04:00</day_change></conference>
              <day index="1" date="2020-02-01">
                <room name="Janson">
                  <event id="1"><start>09:30</start><duration>00:25</duration>
                    <title>Welcome</title><persons><person id="6">Staff</person></persons></event>
                  <event id="2"><start>01:30</start><duration>01:00</duration>
                    <title>Late night hacking</title></event>
                  <event id="3"><start>10:00</start><title>No duration</title></event>
                </room>
              </day>
              <day index="2"><room name="K"><event id="4"><start>10:00</start>
                <duration>00:30</duration><title>Undated day</title></event></room></day>
            </schedule>
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", LISBON);

    // then
    var byId = RealSchedulesTest.byId(reading);
    assertThat(byId).containsOnlyKeys("1", "2");
    assertThat(byId.get("1").start()).isEqualTo(ZonedDateTime.of(2020, 2, 1, 9, 30, 0, 0, LISBON));
    assertThat(byId.get("1").room()).contains("Janson");
    assertThat(byId.get("1").speakers()).containsExactly("Staff");
    assertThat(byId.get("2").start()).isEqualTo(ZonedDateTime.of(2020, 2, 2, 1, 30, 0, 0, LISBON));
    assertThat(reading.declaredZone()).isEmpty();
    assertThat(reading.problems())
        .extracting(IngestReport.Problem::reason)
        .containsExactly(
            "event 3: unreadable date or duration (no <duration>), skipped",
            "event 4: unreadable date or duration (no <date>, and no dated <day> around it),"
                + " skipped");
  }

  @Test
  void keepsEachDayOfAFrabEventThatRepeatsItsIdWithANewGuid() throws IOException {
    // given: frab gives a meetup one id and a new guid each day; the last event repeats a guid
    Path file =
        Files.writeString(
            dir.resolve("schedule.xml"),
            """
            <schedule>
              <day date="2025-12-27"><room name="Hall">
                <event guid="a-1" id="7"><date>2025-12-27T18:00:00+01:00</date>
                  <duration>01:00</duration><title>Meetup</title></event>
                <event guid="b-1" id="8"><date>2025-12-27T19:00:00+01:00</date>
                  <duration>01:00</duration><title>Talk</title></event>
              </room></day>
              <day date="2025-12-28"><room name="Hall">
                <event guid="a-2" id="7"><date>2025-12-28T18:00:00+01:00</date>
                  <duration>01:00</duration><title>Meetup</title></event>
                <event guid="b-1" id="8"><date>2025-12-28T19:00:00+01:00</date>
                  <duration>01:00</duration><title>Talk again</title></event>
              </room></day>
            </schedule>
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.xml", LISBON);

    // then
    assertThat(reading.sessions())
        .extracting(Session::id)
        .containsExactly("7@2025-12-27T18:00", "8", "7@2025-12-28T18:00");
    assertThat(reading.problems())
        .extracting(IngestReport.Problem::reason)
        .containsExactly("event 8: appears twice (same guid b-1), only the first one is kept");
  }

  @Test
  void readsScheduleV2EventsAndReportsTheUnreadableOne() throws IOException {
    // given: the hub's schedule.events[] layout, a track named by slug, a meta event without guid
    Path file =
        Files.writeString(
            dir.resolve("schedule.json"),
            """
            {"schedule": {"version": "1", "conference": {"title": "Hubcon",
              "time_zone_name": "Europe/Berlin",
              "tracks": [{"slug": "sec", "name": "Security"}]},
             "events": [
              {"guid": "g-1", "code": "ABC", "title": "Opening",
               "start": "2024-12-27T10:30:00+01:00", "end": "2024-12-27T11:00:00+01:00",
               "room": {"name": "Saal 1"}, "track": {"slug": "sec"},
               "abstract": {"en": "Welcome", "de": "Willkommen"},
               "participants": [{"guid": "p", "name": "Ada", "role": "SPEAKER"},
                                {"guid": "q", "name": "Bob", "role": "CONTRIBUTOR"}]},
              {"type": "BREAK", "slug": "lunch", "title": "Lunch",
               "start": "2024-12-27T12:00:00+01:00", "end": "2024-12-27T13:00:00+01:00"},
              {"guid": "g-3", "code": "BAD", "title": "Broken", "start": "tomorrow"}
             ]}}
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.json", LISBON);

    // then
    var byId = RealSchedulesTest.byId(reading);
    assertThat(byId).containsOnlyKeys("ABC", "lunch");
    Session opening = byId.get("ABC");
    assertThat(opening.start().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(opening.end()).isEqualTo(opening.start().plusMinutes(30));
    assertThat(opening.room()).contains("Saal 1");
    assertThat(opening.track()).contains("Security");
    assertThat(opening.speakers()).containsExactly("Ada");
    assertThat(opening.description()).isEqualTo("Welcome");
    assertThat(reading.conferenceName()).contains("Hubcon");
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("event BAD: unreadable start or end"));
  }

  @Test
  void warnsAboutAScheduleFileThatHoldsNoEvents() throws IOException {
    // given: a well-formed export whose days hold nothing
    Path json =
        Files.writeString(
            dir.resolve("schedule.json"),
            """
            {"schedule": {"conference": {"title": "Empty", "days": [{"rooms": {}}]}}}
            """);
    Path xml = Files.writeString(dir.resolve("schedule.xml"), "<schedule><day/></schedule>");

    // when
    ScheduleReading fromJson = ScheduleFiles.read(json, "schedule.json", LISBON);
    ScheduleReading fromXml = ScheduleFiles.read(xml, "schedule.xml", LISBON);

    // then
    for (ScheduleReading reading : List.of(fromJson, fromXml)) {
      assertThat(reading.sessions()).isEmpty();
      assertThat(reading.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.reason()).contains("no events found"));
    }
  }

  private static int nthIndex(String text, String needle, int n) {
    int index = -1;
    for (int i = 0; i < n; i++) {
      index = text.indexOf(needle, index + 1);
    }
    return index;
  }
}
