package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnFormatReadersTest {
  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @TempDir Path dir;

  @Test
  void readsYamlSessionsAndReportsEachBadEntry() throws IOException {
    // given
    Path file =
        write(
            "schedule.yaml",
            """
            conference: TestConf 2026
            timezone: Europe/Lisbon
            sessions:
              - id: k1
                title: Keynote
                start: 2026-04-25T09:00
                end: 2026-04-25 10:00
                room: Hall A
                track: Main
                speakers: [Ada Lovelace, Grace Hopper]
                description: Opening words.
                url: https://example.org/k1
              - id: t2
                title: Offset talk
                start: "2026-04-25T10:00+02:00"
                end: "2026-04-25T10:30+02:00"
                speakers: Alan Turing; Kurt Gödel
              - id: t3
                title: No end
                start: 2026-04-25T11:00
              - id: t4
                title: Backwards
                start: 2026-04-25T12:00
                end: 2026-04-25T11:00
              - id: t5
                title: Bad time
                start: at noon
                end: 2026-04-25T13:00
              - id: k1
                title: Duplicate keynote
                start: 2026-04-25T09:00
                end: 2026-04-25T10:00
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.yaml", ZoneId.of("UTC"));

    // then
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("k1", "t2");
    Session keynote = reading.sessions().getFirst();
    assertThat(keynote.title()).isEqualTo("Keynote");
    assertThat(keynote.start()).isEqualTo(ZonedDateTime.parse("2026-04-25T09:00Z[UTC]"));
    assertThat(keynote.end()).isEqualTo(ZonedDateTime.parse("2026-04-25T10:00Z[UTC]"));
    assertThat(keynote.room()).contains("Hall A");
    assertThat(keynote.track()).contains("Main");
    assertThat(keynote.speakers()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(keynote.description()).isEqualTo("Opening words.");
    assertThat(keynote.url()).isPresent();
    Session offset = reading.sessions().get(1);
    assertThat(offset.start().toInstant()).hasToString("2026-04-25T08:00:00Z");
    assertThat(offset.speakers()).containsExactly("Alan Turing", "Kurt Gödel");
    assertThat(reading.problems())
        .extracting(IngestReport.Problem::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("entry 3 (id t3)").contains("missing end"),
            r -> assertThat(r).startsWith("entry 4 (id t4)").contains("before it starts"),
            r -> assertThat(r).startsWith("entry 5 (id t5)").contains("unreadable time"),
            r -> assertThat(r).startsWith("entry 6 (id k1)").contains("duplicate id"));
    assertThat(reading.problems()).allSatisfy(p -> assertThat(p.path()).isEqualTo("schedule.yaml"));
    assertThat(reading.conferenceName()).contains("TestConf 2026");
    assertThat(reading.declaredZone()).contains(LISBON);
  }

  @Test
  void readsAYamlTopLevelList() throws IOException {
    // given
    Path file =
        write(
            "schedule.yml",
            """
            - id: a
              title: Only talk
              start: 2026-04-25 09:00
              end: 2026-04-25 09:45
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.yml", LISBON);

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.start()).isEqualTo(ZonedDateTime.of(2026, 4, 25, 9, 0, 0, 0, LISBON)));
    assertThat(reading.declaredZone()).isEmpty();
  }

  @Test
  void readsAYamlScheduleLargerThanSnakeyamlsDefaultLimit() throws IOException {
    // given: 5,000 sessions with abstracts, about 4 MB
    StringBuilder yaml = new StringBuilder("sessions:\n");
    String description = "A talk about the weather. ".repeat(30);
    for (int i = 0; i < 5_000; i++) {
      yaml.append("  - id: t")
          .append(i)
          .append("\n    title: Talk ")
          .append(i)
          .append("\n    start: 2026-04-25 09:00\n    end: 2026-04-25 09:45\n    description: ")
          .append(description)
          .append('\n');
    }
    Path file = write("schedule.yaml", yaml.toString());
    assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.yaml", LISBON);

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(5_000);
  }

  @Test
  void reportsBrokenYaml() throws IOException {
    // given
    Path file = write("broken.yaml", "sessions:\n  - id: a\n    title: [unclosed\n");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "broken.yaml", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("line"));
  }

  @Test
  void readsCsvRowsAndReportsEachBadRow() throws IOException {
    // given
    Path file =
        write(
            "schedule.csv",
            """
            ID,Title,Start,End,Room,Track,Speakers,Description,URL
            k1,Keynote,2026-04-25 09:00,2026-04-25 10:00,Hall A,Main,Ada Lovelace; Grace Hopper,"Opening words, with a comma",https://example.org/k1
            t2,Missing start,,2026-04-25 11:00,,,,,
            t3,Backwards,2026-04-25 12:00,2026-04-25 11:00,,,,,
            t4,Bad time,2026-04-25 25:00,2026-04-25 13:00,,,,,
            k1,Duplicate,2026-04-25 09:00,2026-04-25 10:00,,,,,
            t6,Workshop,2026-04-25T14:00,2026-04-25T16:00,Room 2,,,,not a url
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.csv", LISBON);

    // then
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("k1", "t6");
    Session keynote = reading.sessions().getFirst();
    assertThat(keynote.start()).isEqualTo(ZonedDateTime.of(2026, 4, 25, 9, 0, 0, 0, LISBON));
    assertThat(keynote.speakers()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(keynote.description()).isEqualTo("Opening words, with a comma");
    assertThat(keynote.room()).contains("Hall A");
    assertThat(keynote.url()).isPresent();
    assertThat(reading.sessions().get(1).url()).isEmpty();
    assertThat(reading.problems())
        .extracting(IngestReport.Problem::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("row 2 (id t2)").contains("missing start"),
            r -> assertThat(r).startsWith("row 3 (id t3)").contains("before it starts"),
            r -> assertThat(r).startsWith("row 4 (id t4)").contains("unreadable time"),
            r -> assertThat(r).startsWith("row 5 (id k1)").contains("duplicate id"),
            r -> assertThat(r).startsWith("row 6 (id t6)").contains("not an http(s) URL"));
  }

  @Test
  void reportsACsvRowWithAnUnquotedCommaAndReadsTheRowsAfterIt() throws IOException {
    // given: row 2's description has a comma outside quotes, so it has one field too many
    Path file =
        write(
            "schedule.csv",
            """
            id,title,start,end,description
            a1,First,2026-04-25 09:00,2026-04-25 10:00,plain
            a2,Second,2026-04-25 10:00,2026-04-25 11:00,coffee, tea
            a3,Third,2026-04-25 11:00,2026-04-25 12:00,"quoted, fine"
            a4,Fourth,2026-04-25 12:00,2026-04-25 13:00,
            """);

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.csv", LISBON);

    // then
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("a1", "a3", "a4");
    assertThat(reading.sessions().get(1).description()).isEqualTo("quoted, fine");
    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.reason()).startsWith("row 2: not valid CSV").endsWith("skipped"));
  }

  @Test
  void reportsACsvWithoutTheRequiredColumns() throws IOException {
    // given
    Path file = write("schedule.csv", "name,when\nKeynote,9am\n");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.csv", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("missing column(s) id, title, start, end"));
  }

  @Test
  void reportsAnEmptyFileOfAnyFormat() throws IOException {
    for (String name : new String[] {"a.csv", "a.yaml", "a.json", "a.xml", "a.ics"}) {
      // given
      Path file = write(name, "");

      // when
      ScheduleReading reading = ScheduleFiles.read(file, name, LISBON);

      // then
      assertThat(reading.sessions()).as(name).isEmpty();
      assertThat(reading.problems())
          .as(name)
          .singleElement()
          .satisfies(p -> assertThat(p.reason()).contains("empty"));
    }
  }

  @Test
  void recognisesScheduleFilesByExtension() {
    assertThat(ScheduleFiles.isScheduleFile(Path.of("a/b.ICS"))).isTrue();
    assertThat(ScheduleFiles.isScheduleFile(Path.of("b.yml"))).isTrue();
    assertThat(ScheduleFiles.isScheduleFile(Path.of("b.csv"))).isTrue();
    assertThat(ScheduleFiles.isScheduleFile(Path.of("b.pdf"))).isFalse();
    assertThat(ScheduleFiles.isScheduleFile(Path.of("README"))).isFalse();
  }

  @Test
  void reportsAFileOfAnUnknownFormatInsteadOfThrowing() throws IOException {
    // given
    Path file = write("schedule.txt", "Keynote at nine");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "schedule.txt", LISBON);

    // then
    assertThat(reading.sessions()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("not a schedule format"));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
