package dev.usher.knowledge.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usher.core.conference.Session;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One event of the hub's "schedule v2" JSON ({@code schedule.events[]}, c3voc's {@code
 * schema2.json}): {@code start} and {@code end} with offsets, {@code room} and {@code track} as
 * references, {@code participants} with roles. The guid is what the format says is unique; the
 * session id is the event's short {@code code} when it has one.
 *
 * @param tracks the conference's {@code tracks[]}, to name a track given only by its slug
 */
record ScheduleV2Event(JsonNode event, JsonNode tracks) {
  /** The roles of people who present an event; contributors and guests are not its speakers. */
  private static final Set<String> PRESENTING = Set.of("SPEAKER", "MODERATOR", "HOST");

  void addTo(SessionCollector collector, Optional<ZoneId> zone) {
    String guid = text(event, "guid");
    String title = text(event, "title");
    String id = firstNonBlank(text(event, "code"), guid, text(event, "slug"));
    String where = "event " + (id.isEmpty() ? "'" + title + "'" : id);
    if (id.isEmpty()) {
      collector.problem(where, "has neither code, guid nor slug, skipped");
      return;
    }
    ZonedDateTime start;
    ZonedDateTime end;
    try {
      start = at(text(event, "start"), "start", zone);
      end =
          text(event, "end").isEmpty() && !text(event, "duration").isEmpty()
              ? start.plus(ScheduleTimes.duration(text(event, "duration")))
              : at(text(event, "end"), "end", zone);
    } catch (DateTimeException e) {
      collector.problem(where, "unreadable start or end (" + e.getMessage() + "), skipped");
      return;
    }
    var url = collector.url(where, text(event, "url"));
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
                SessionCollector.nonBlank(reference(event.path("room"))),
                track(),
                speakers(),
                SessionCollector.description(text(event, "abstract"), text(event, "description")),
                url));
  }

  private static ZonedDateTime at(String text, String field, Optional<ZoneId> zone) {
    if (text.isEmpty()) {
      throw new DateTimeException("no " + field);
    }
    OffsetDateTime at = OffsetDateTime.parse(text);
    return zone.map(at::atZoneSameInstant).orElseGet(at::toZonedDateTime);
  }

  private List<String> speakers() {
    List<String> speakers = new ArrayList<>();
    for (JsonNode person : event.path("participants")) {
      String role = text(person, "role").toUpperCase(Locale.ROOT);
      if (role.isEmpty() || PRESENTING.contains(role)) {
        SessionCollector.nonBlank(text(person, "name")).ifPresent(speakers::add);
      }
    }
    return speakers;
  }

  /** The track's name: given in the reference, or found by its slug among the conference's. */
  private Optional<String> track() {
    JsonNode track = event.path("track");
    Optional<String> named = SessionCollector.nonBlank(reference(track));
    if (named.isPresent()) {
      return named;
    }
    String slug = text(track, "slug");
    for (JsonNode known : tracks) {
      if (!slug.isEmpty() && text(known, "slug").equals(slug)) {
        return SessionCollector.nonBlank(text(known, "name"));
      }
    }
    return SessionCollector.nonBlank(slug);
  }

  /** A room or track reference: a name, or an object with a {@code name}. */
  private static String reference(JsonNode node) {
    return node.isTextual() ? node.asText().strip() : text(node, "name");
  }

  private static String text(JsonNode node, String field) {
    return PretalxJsonReader.text(node, field);
  }

  private static String firstNonBlank(String... texts) {
    for (String text : texts) {
      if (!text.isBlank()) {
        return text;
      }
    }
    return "";
  }
}
