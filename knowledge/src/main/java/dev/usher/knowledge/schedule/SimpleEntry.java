package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One session of Usher's own YAML/CSV format, as text fields, and how it becomes a {@link Session}.
 * Field names are lower case; absent fields are absent from {@code fields}.
 */
record SimpleEntry(Map<String, String> fields, List<String> speakers) {
  static final List<String> REQUIRED = List.of("id", "title", "start", "end");

  SimpleEntry {
    fields = Map.copyOf(fields);
    speakers = List.copyOf(speakers);
  }

  /** Speakers written as one text, separated by semicolons. */
  static List<String> splitSpeakers(String text) {
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Adds this entry to {@code collector}, or reports why it cannot be read. */
  void addTo(SessionCollector collector, String where, ZoneId defaultZone) {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (text(name).isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      collector.problem(where, "missing " + String.join(", ", missing) + ", skipped");
      return;
    }
    ZonedDateTime start;
    ZonedDateTime end;
    try {
      start = ScheduleTimes.dateTime(text("start"), defaultZone);
      end = ScheduleTimes.dateTime(text("end"), defaultZone);
    } catch (DateTimeException e) {
      collector.problem(
          where,
          "unreadable time ("
              + e.getMessage()
              + "); expected e.g. 2026-04-25T09:00 or 2026-04-25 09:00+02:00, skipped");
      return;
    }
    var url = collector.url(where, text("url"));
    collector.add(
        where,
        start,
        end,
        () ->
            new Session(
                text("id"),
                text("title"),
                start,
                end,
                SessionCollector.nonBlank(text("room")),
                SessionCollector.nonBlank(text("track")),
                speakers,
                text("description"),
                url));
  }

  private String text(String name) {
    return fields.getOrDefault(name, "").strip();
  }
}
