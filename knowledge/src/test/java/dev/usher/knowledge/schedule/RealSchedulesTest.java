package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usher.core.conference.Session;
import dev.usher.core.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class RealSchedulesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void readsEveryEventOfThe31c3FrabXmlAtItsRealInstant() throws Exception {
    // given
    Path file = SharedData.data("31c3/schedule.xml");
    int eventsInFile =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(file.toFile())
            .getElementsByTagName("event")
            .getLength();

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "31c3/schedule.xml", ZoneId.of("UTC"));

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(eventsInFile).hasSize(138);
    assertThat(reading.conferenceName()).contains("31. Chaos Communication Congress");
    assertThat(reading.declaredZone()).contains(ZoneOffset.ofHours(1));
    Map<String, Session> byId = byId(reading);
    Session opening = byId.get("6561");
    assertThat(opening.title()).isEqualTo("31C3 Opening Event");
    assertThat(opening.start().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2014-12-27T11:00+01:00"));
    assertThat(opening.end().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2014-12-27T11:30+01:00"));
    assertThat(opening.room()).contains("Saal 1");
    assertThat(opening.track()).contains("CCC");
    assertThat(opening.speakers()).containsExactly("erdgeist", "Geraldine de Bastion");
    assertThat(byId.get("6571").description()).isEqualTo("The 31C3 Keynote\n\nA New Dawn");
  }

  @Test
  void puts31c3EventsAfterMidnightOnTheNextCalendarDay() {
    // given
    Path file = SharedData.data("31c3/schedule.xml");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "31c3/schedule.xml", BERLIN);

    // then: day 1 runs until 04:00 on the 28th; those events start on the 28th, not the 27th
    var afterMidnight = reading.sessions().stream().filter(s -> s.start().getHour() < 6).toList();
    assertThat(afterMidnight).isNotEmpty();
    assertThat(afterMidnight)
        .allSatisfy(s -> assertThat(s.start().getDayOfMonth()).isBetween(28, 31));
    assertThat(reading.sessions())
        .allSatisfy(s -> assertThat(s.start().toInstant()).isBefore(s.end().toInstant()));
  }

  @Test
  void readsEveryEventOfThePretalxDemoconJsonInItsNamedZone() throws Exception {
    // given
    Path file = SharedData.data("pretalx-democon/schedule.json");
    JsonNode root = new JsonMapper().readTree(file.toFile());
    int eventsInFile = 0;
    for (JsonNode day : root.path("schedule").path("conference").path("days")) {
      for (JsonNode room : day.path("rooms")) {
        eventsInFile += room.size();
      }
    }

    // when
    ScheduleReading reading =
        ScheduleFiles.read(file, "pretalx-democon/schedule.json", ZoneId.of("UTC"));

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(eventsInFile).hasSize(35);
    assertThat(reading.declaredZone()).contains(BERLIN);
    assertThat(reading.conferenceName()).contains("DemoCon");
    Session first = byId(reading).get("1");
    assertThat(first.title()).isEqualTo("Persevering cohesive concept");
    assertThat(first.start())
        .isEqualTo(OffsetDateTime.parse("2022-09-06T01:50+02:00").atZoneSameInstant(BERLIN));
    assertThat(first.end()).isEqualTo(first.start().plusMinutes(90));
    assertThat(first.room()).contains("Dark Red Room");
    assertThat(first.track()).contains("Organic");
    assertThat(first.speakers()).containsExactly("Susan Martinez");
    assertThat(first.description()).startsWith("Reinvent one-to-one info-mediaries!\n\nLay baby");
    assertThat(first.url())
        .hasValueSatisfying(
            u -> assertThat(u).hasToString("http://localhost/democon/talk/XFUR3C/"));
    assertThat(byId(reading).get("14").speakers())
        .containsExactly("Brandy Mcclain", "Christine Green");
  }

  @Test
  void readsEveryEventOfTheFosdem2020PentabarfXmlFromItsDatedDays() throws Exception {
    // given: events carry <start> and <duration> only; the date is on the enclosing <day>
    Path file = SharedData.data("fosdem-2020/schedule.xml");
    ZoneId brussels = ZoneId.of("Europe/Brussels");

    // when
    ScheduleReading reading = ScheduleFiles.read(file, "fosdem-2020/schedule.xml", brussels);

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(xmlEvents(file)).hasSize(872);
    assertThat(reading.conferenceName()).contains("FOSDEM 2020");
    assertThat(reading.declaredZone()).as("the file names no zone").isEmpty();
    Session welcome = byId(reading).get("9025");
    assertThat(welcome.title()).isEqualTo("Welcome to FOSDEM 2020");
    assertThat(welcome.start()).isEqualTo(ZonedDateTime.of(2020, 2, 1, 9, 30, 0, 0, brussels));
    assertThat(welcome.end()).isEqualTo(welcome.start().plusMinutes(25));
    assertThat(welcome.room()).contains("Janson");
    assertThat(welcome.track()).contains("Keynotes");
    assertThat(welcome.speakers()).containsExactly("FOSDEM Staff");
    assertThat(reading.sessions())
        .extracting(s -> s.start().toLocalDate())
        .containsOnly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 2));
  }

  @Test
  void readsTheHubScheduleV2EventsWithTheirRoomsTracksAndSpeakers() throws Exception {
    // given: "schedule v2" lists schedule.events[] instead of days and rooms
    Path file = SharedData.data("c3voc-validator/hub-schedule2.json");
    int eventsInFile =
        new JsonMapper().readTree(file.toFile()).path("schedule").path("events").size();

    // when
    ScheduleReading reading =
        ScheduleFiles.read(file, "c3voc-validator/hub-schedule2.json", ZoneId.of("UTC"));

    // then
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(eventsInFile).hasSize(2);
    assertThat(reading.declaredZone()).contains(BERLIN);
    assertThat(reading.conferenceName()).contains("38C3");
    Session opening = byId(reading).get("HQCCYH");
    assertThat(opening.title()).isEqualTo("38C3: Opening Ceremony");
    assertThat(opening.start().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2024-12-27T10:30+01:00"));
    assertThat(opening.end().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2024-12-27T11:00+01:00"));
    assertThat(opening.room()).contains("Saal 1");
    assertThat(opening.track()).as("named from the conference's tracks by slug").contains("CCC");
    assertThat(opening.speakers())
        .as("the contributor is not a speaker")
        .containsExactly("Gabriela Bogk", "Aline Blankertz");
    assertThat(opening.description()).startsWith("Glad you could make it!");
  }

  @Test
  void readsAll39c3EventsFromJsonAndXmlAsTheSameSessions() throws Exception {
    // given: the same schedule in two formats; meetups held on several days keep their id
    Path json = SharedData.data("39c3/everything.schedule.json");
    Path xml = SharedData.data("39c3/everything.schedule.xml");

    // when
    ScheduleReading fromJson = ScheduleFiles.read(json, "39c3/everything.schedule.json", BERLIN);
    ScheduleReading fromXml = ScheduleFiles.read(xml, "39c3/everything.schedule.xml", BERLIN);

    // then
    assertThat(fromJson.problems())
        .as("the schema wants numeric ids; three events of the JSON give theirs as text")
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.reason()).contains("id is the text").endsWith("read anyway"));
    assertThat(fromXml.problems()).isEmpty();
    assertThat(fromXml.sessions()).hasSize(xmlEvents(xml)).hasSize(895);
    assertThat(fromJson.sessions()).hasSize(895);
    assertThat(byId(fromJson)).isEqualTo(byId(fromXml));
    var repeated = fromXml.sessions().stream().filter(s -> s.id().startsWith("200487@")).toList();
    assertThat(repeated).hasSize(3);
    assertThat(repeated).extracting(Session::title).containsOnly(repeated.get(0).title());
  }

  @Test
  void readsTheC3vocExamplesTheSchemaAllowsAndReportsTheInvalidOne() {
    // given: c3voc's validator examples, one of them invalid on purpose (text ids)
    String[] valid = {"c3voc-validator/frab-camp2019.json", "c3voc-validator/pretalx-rc3.json"};
    String invalid = "c3voc-validator/invalid-example.json";

    // when / then
    for (String name : valid) {
      ScheduleReading reading = ScheduleFiles.read(SharedData.data(name), name, BERLIN);
      assertThat(reading.problems()).as(name).isEmpty();
      assertThat(reading.sessions()).as(name).isNotEmpty();
    }
    ScheduleReading reading = ScheduleFiles.read(SharedData.data(invalid), invalid, BERLIN);
    assertThat(reading.sessions()).extracting(Session::id).containsExactly("2814");
    assertThat(reading.problems())
        .extracting(p -> p.reason())
        .containsExactly(
            "event 2814: id is the text \"2814\", the schedule schema wants a number; read anyway",
            "event 2814: person id is the text \"dsadf\", the schedule schema wants a number;"
                + " read anyway");
  }

  private static int xmlEvents(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(file.toFile())
        .getElementsByTagName("event")
        .getLength();
  }

  static Map<String, Session> byId(ScheduleReading reading) {
    return reading.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
  }
}
