package dev.usher.knowledge.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usher.core.conference.Session;
import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pretalx (and frab) JSON schedule export: {@code schedule.conference.days[].rooms{room:
 * [events]}}, and the hub's "schedule v2" ({@code schedule.events[]}, see {@link ScheduleV2Event}).
 * Streams the file so that the events before a truncation are kept.
 */
final class PretalxJsonReader implements FormatReader {
  private static final JsonMapper MAPPER = new JsonMapper();
  private static final Pattern EVENT_PATH =
      Pattern.compile("/schedule/conference/days/\\d+/rooms/[^/]+/\\d+");
  private static final Pattern V2_EVENT_PATH = Pattern.compile("/schedule/events/\\d+");
  private static final JsonPointer TRACKS = JsonPointer.compile("/schedule/conference/tracks");
  private static final JsonPointer ZONE =
      JsonPointer.compile("/schedule/conference/time_zone_name");
  private static final JsonPointer TITLE = JsonPointer.compile("/schedule/conference/title");

  @Override
  public ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone) {
    SessionCollector collector = new SessionCollector(displayPath);
    List<JsonNode> events = new ArrayList<>();
    List<JsonNode> v2Events = new ArrayList<>();
    JsonNode tracks = MAPPER.missingNode();
    Optional<String> zoneName = Optional.empty();
    Optional<String> title = Optional.empty();
    boolean sawConference = false;
    try (JsonParser parser = MAPPER.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonPointer path = parser.getParsingContext().pathAsPointer();
        if (token == JsonToken.START_OBJECT && EVENT_PATH.matcher(path.toString()).matches()) {
          events.add(parser.readValueAsTree());
        } else if (token == JsonToken.START_OBJECT
            && V2_EVENT_PATH.matcher(path.toString()).matches()) {
          v2Events.add(parser.readValueAsTree());
        } else if (token == JsonToken.START_ARRAY && path.equals(TRACKS)) {
          tracks = parser.readValueAsTree();
          sawConference = true;
        } else if (token == JsonToken.VALUE_STRING && path.equals(ZONE)) {
          zoneName = SessionCollector.nonBlank(parser.getText());
        } else if (token == JsonToken.VALUE_STRING && path.equals(TITLE)) {
          title = SessionCollector.nonBlank(parser.getText());
        } else if (path.toString().startsWith("/schedule/conference")) {
          sawConference = true;
        }
      }
      if (!sawConference) {
        collector.problem("", "no schedule.conference found; not a pretalx/frab JSON schedule");
      }
    } catch (JacksonException e) {
      collector.cut(
          "",
          "not valid JSON, the file may be truncated: "
              + e.getOriginalMessage()
              + YamlScheduleReader.at(e)
              + "; read "
              + (events.size() + v2Events.size())
              + " event(s) before that point");
    } catch (IOException e) {
      collector.cut("", "could not be read: " + ReadFailure.describe(e));
    }
    Optional<ZoneId> declared = zone(zoneName, collector);
    for (JsonNode event : events) {
      addEvent(event, declared, collector);
    }
    for (JsonNode event : v2Events) {
      new ScheduleV2Event(event, tracks).addTo(collector, declared);
    }
    return collector.reading(declared, title);
  }

  private static void addEvent(JsonNode event, Optional<ZoneId> zone, SessionCollector collector) {
    String id = text(event, "id");
    String title = text(event, "title");
    String where = "event " + (id.isEmpty() ? "'" + title + "'" : id);
    if (id.isEmpty()) {
      collector.problem(where, "has no id, skipped");
      return;
    }
    reportSchemaRefusals(event, where, collector);
    ZonedDateTime start;
    ZonedDateTime end;
    try {
      OffsetDateTime date = OffsetDateTime.parse(text(event, "date"));
      start = zone.map(date::atZoneSameInstant).orElseGet(date::toZonedDateTime);
      end = start.plus(ScheduleTimes.duration(text(event, "duration")));
    } catch (DateTimeException e) {
      collector.problem(where, "unreadable date or duration (" + e.getMessage() + "), skipped");
      return;
    }
    List<String> speakers = new ArrayList<>();
    event
        .path("persons")
        .forEach(
            person -> {
              String name = text(person, "public_name");
              SessionCollector.nonBlank(name.isEmpty() ? text(person, "name") : name)
                  .ifPresent(speakers::add);
            });
    var url = collector.url(where, text(event, "url"));
    String guid = text(event, "guid");
    collector.addOccurrence(
        where,
        guid,
        id,
        start,
        end,
        sessionId ->
            new Session(
                sessionId,
                title,
                start,
                end,
                SessionCollector.nonBlank(text(event, "room")),
                SessionCollector.nonBlank(text(event, "track")),
                speakers,
                SessionCollector.description(text(event, "abstract"), text(event, "description")),
                url));
  }

  /**
   * Reports what c3voc's schedule schema (the one pretalx, frab and the hub exports follow) refuses
   * in an event Usher can still read: ids are numbers there, so a text id is a sign of a hand-made
   * or broken export. The event is kept.
   */
  private static void reportSchemaRefusals(
      JsonNode event, String where, SessionCollector collector) {
    if (event.path("id").isTextual()) {
      collector.problem(
          where,
          "id is the text \""
              + event.path("id").asText()
              + "\", the schedule schema wants a number; read anyway");
    }
    for (JsonNode person : event.path("persons")) {
      if (person.path("id").isTextual()) {
        collector.problem(
            where,
            "person id is the text \""
                + person.path("id").asText()
                + "\", the schedule schema wants a number; read anyway");
      }
    }
  }

  private static Optional<ZoneId> zone(Optional<String> name, SessionCollector collector) {
    try {
      return name.map(ZoneId::of);
    } catch (DateTimeException e) {
      collector.problem(
          "", "time_zone_name '" + name.orElseThrow() + "' is not a known zone, ignored");
      return Optional.empty();
    }
  }

  /** The field as text; pretalx writes some fields as objects (e.g. a track name per language). */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isObject()) {
      JsonNode english = value.path("en");
      value =
          english.isValueNode()
              ? english
              : value.elements().hasNext() ? value.elements().next() : value;
    }
    return value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
  }
}
