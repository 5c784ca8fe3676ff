package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.schedule.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReadersTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @TempDir Path dir;

  @Test
  void keeps_the_events_before_a_truncation_and_reports_where_the_json_ends() throws IOException {
    // given: the real pretalx export cut off in the middle of its fourth event
    String json = Files.readString(SharedData.file("pretalx-democon/schedule.json"));
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
  void reports_json_that_cannot_be_read_at_all() throws IOException {
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
  void reports_json_that_is_not_a_schedule() throws IOException {
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
  void skips_and_reports_a_malformed_frab_event_and_keeps_the_others() throws IOException {
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
  void takes_the_zone_offset_from_frab_dates_when_no_zone_is_named() throws IOException {
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
  void refuses_xml_with_a_doctype_so_no_entity_reaches_the_file_system() throws IOException {
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
  void reports_xml_that_is_not_well_formed_with_its_line() throws IOException {
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

  private static int nthIndex(String text, String needle, int n) {
    int index = -1;
    for (int i = 0; i < n; i++) {
      index = text.indexOf(needle, index + 1);
    }
    return index;
  }
}
