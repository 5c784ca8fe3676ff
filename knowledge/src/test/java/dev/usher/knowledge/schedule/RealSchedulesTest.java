package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usher.core.schedule.Session;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class RealSchedulesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void reads_every_event_of_the_31c3_frab_xml_at_its_real_instant() throws Exception {
    // given
    Path file = SharedData.file("31c3/schedule.xml");
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
  void puts_31c3_events_after_midnight_on_the_next_calendar_day() {
    // given
    Path file = SharedData.file("31c3/schedule.xml");

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
  void reads_every_event_of_the_pretalx_democon_json_in_its_named_zone() throws Exception {
    // given
    Path file = SharedData.file("pretalx-democon/schedule.json");
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

  static Map<String, Session> byId(ScheduleReading reading) {
    return reading.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
  }
}
