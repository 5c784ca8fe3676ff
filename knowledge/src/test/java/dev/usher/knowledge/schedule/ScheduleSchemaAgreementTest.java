package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.usher.core.conference.Session;
import dev.usher.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What c3voc's validator (the JSON schemas and the XSD that pretalx, frab and the hub exports
 * follow) says of the real exports, next to what Usher reports of them. No real export passes the
 * schemas whole (slugs, acronyms, URLs, extra pretalx fields), so Usher does not repeat every
 * refusal: it reports the refusals of what it reads (an event's id, a speaker's id), exactly those,
 * and reads every event whatever else the schema refuses.
 */
class ScheduleSchemaAgreementTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final JsonMapper JSON = new JsonMapper();

  /** An event's own field, or a field of one of its speakers, in schema.json's layout. */
  private static final Pattern EVENT_FIELD =
      Pattern.compile(
          "^(/schedule/conference/days/\\d+/rooms/[^/]+/\\d+)/(?:persons/\\d+/)?([a-z_]+)$");

  /** The fields of an event Usher reads from schema.json's layout. */
  private static final Set<String> READ_FIELDS =
      Set.of(
          "id",
          "guid",
          "title",
          "date",
          "start",
          "duration",
          "room",
          "track",
          "name",
          "public_name");

  @Test
  void reports_exactly_the_schemas_refusals_of_what_it_reads_in_every_real_json_export()
      throws Exception {
    // given: every schedule JSON of ../shared/data in schema.json's layout
    Schema schema = jsonSchema("c3voc-validator/schema.json");
    List<String> files =
        List.of(
            "39c3/everything.schedule.json",
            "c3voc-validator/frab-camp2019.json",
            "c3voc-validator/invalid-example.json",
            "c3voc-validator/pretalx-rc3.json",
            "pretalx-democon/schedule.json");
    for (String name : files) {
      Path file = SharedData.data(name);
      JsonNode root = JSON.readTree(file.toFile());

      // when
      List<Error> refusals = schema.validate(root);
      ScheduleReading reading = ScheduleFiles.read(file, name, BERLIN);

      // then: the refusals of read fields, by event id, are the problems Usher reports
      assertThat(refusals)
          .as(name + ": the schema refuses something in every real export")
          .isNotEmpty();
      assertThat(problemsByEvent(reading))
          .as(name)
          .isEqualTo(readFieldRefusalsByEvent(root, refusals));
      assertThat(reading.sessions()).as(name).hasSize(events(root));
    }
  }

  @Test
  void reads_the_hubs_schedule_v2_that_schema2_accepts_without_a_problem() throws Exception {
    // given
    String name = "c3voc-validator/hub-schedule2.json";
    Path file = SharedData.data(name);
    JsonNode root = JSON.readTree(file.toFile());

    // when
    List<Error> refusals = jsonSchema("c3voc-validator/schema2.json").validate(root);
    ScheduleReading reading = ScheduleFiles.read(file, name, BERLIN);

    // then
    assertThat(refusals).isEmpty();
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.sessions()).hasSize(root.path("schedule").path("events").size());
  }

  @Test
  void keeps_every_event_the_xsd_calls_a_duplicate_id_as_its_own_session() throws Exception {
    // given: the frab XML exports; the XSD refuses guids that are not UUIDs (31C3) and ids held
    // by a meetup on several days (39C3), which are one event each day
    for (String name : List.of("31c3/schedule.xml", "39c3/everything.schedule.xml")) {
      Path file = SharedData.data(name);

      // when
      List<String> refusals = xsdRefusals(file);
      ScheduleReading reading = ScheduleFiles.read(file, name, BERLIN);

      // then
      assertThat(refusals).as(name).isNotEmpty();
      assertThat(reading.problems()).as(name).isEmpty();
      Map<String, Long> sessionsPerEventId =
          reading.sessions().stream()
              .collect(
                  Collectors.groupingBy(
                      s -> s.id().replaceFirst("@.*", ""), Collectors.counting()));
      for (String refusal : refusals) {
        Matcher duplicate =
            Pattern.compile(
                    "Duplicate unique value \\[(\\d+)] declared for identity "
                        + "constraint \"id_unique\"")
                .matcher(refusal);
        if (duplicate.find()) {
          assertThat(sessionsPerEventId.get(duplicate.group(1)))
              .as(name + ": " + refusal)
              .isGreaterThan(1);
        }
      }
      assertThat(reading.sessions()).extracting(Session::id).doesNotHaveDuplicates();
    }
  }

  private static Schema jsonSchema(String name) throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
        .getSchema(Files.readString(SharedData.data(name)));
  }

  /** Per event id, the read fields whose value the schema refuses (a type or a missing value). */
  private static Map<String, Set<String>> readFieldRefusalsByEvent(
      JsonNode root, List<Error> refusals) {
    Map<String, Set<String>> byEvent = new TreeMap<>();
    for (Error refusal : refusals) {
      Matcher field = EVENT_FIELD.matcher(refusal.getInstanceLocation().toString());
      if (field.matches()
          && READ_FIELDS.contains(field.group(2))
          && "type".equals(refusal.getKeyword())) {
        // The validator writes locations as JSON pointers ("/" in a room's name as "~1").
        String eventId = root.at(field.group(1)).path("id").asText();
        byEvent.computeIfAbsent(eventId, id -> new TreeSet<>()).add(field.group(2));
      }
    }
    return byEvent;
  }

  /** Per event id, the fields Usher's problems name ("event 2814: person id is the text ..."). */
  private static Map<String, Set<String>> problemsByEvent(ScheduleReading reading) {
    Map<String, Set<String>> byEvent = new TreeMap<>();
    for (var problem : reading.problems()) {
      Matcher named =
          Pattern.compile("^event (\\S+): (?:person )?(\\w+) ").matcher(problem.reason());
      assertThat(named.find()).as(problem.reason()).isTrue();
      byEvent.computeIfAbsent(named.group(1), id -> new TreeSet<>()).add(named.group(2));
    }
    return byEvent;
  }

  private static int events(JsonNode root) {
    int count = 0;
    for (JsonNode day : root.path("schedule").path("conference").path("days")) {
      for (JsonNode room : day.path("rooms")) {
        count += room.size();
      }
    }
    return count;
  }

  private static List<String> xsdRefusals(Path file) throws Exception {
    Validator validator =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(SharedData.data("c3voc-validator/schedule.xml.xsd").toFile())
            .newValidator();
    List<String> refusals = new ArrayList<>();
    validator.setErrorHandler(
        new DefaultHandler() {
          @Override
          public void error(SAXParseException e) {
            refusals.add(e.getMessage());
          }
        });
    validator.validate(new StreamSource(file.toFile()));
    return refusals;
  }
}
