package dev.usher.knowledge.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.usher.knowledge.io.ReadFailure;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Usher's own YAML format: a list of sessions, or a map with {@code sessions:} and optionally
 * {@code conference:} (its name) and {@code timezone:}.
 */
final class YamlScheduleReader implements FormatReader {
  /**
   * SnakeYAML refuses documents over 3 MB by default; a conference of thousands of sessions with
   * abstracts is bigger. Files are already bounded by the configured maximum file size.
   */
  private static final YAMLMapper MAPPER =
      new YAMLMapper(YAMLFactory.builder().loaderOptions(unlimitedCodePoints()).build());

  private static LoaderOptions unlimitedCodePoints() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  @Override
  public ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone) {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (JacksonException e) {
      return ScheduleReading.failed(
          displayPath, "not valid YAML: " + e.getOriginalMessage() + at(e));
    } catch (java.io.IOException e) {
      return ScheduleReading.failed(displayPath, "could not be read: " + ReadFailure.describe(e));
    }
    SessionCollector collector = new SessionCollector(displayPath);
    if (root == null || root.isMissingNode() || root.isNull()) {
      collector.problem("", "the file is empty, no sessions");
      return collector.reading(Optional.empty(), Optional.empty());
    }
    JsonNode entries = root.isObject() ? root.path("sessions") : root;
    if (!entries.isArray()) {
      collector.problem(
          "", "expected a list of sessions or a map with 'sessions:', no sessions read");
      return collector.reading(Optional.empty(), Optional.empty());
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String where = "entry " + (i + 1);
      if (!entry.isObject()) {
        collector.problem(where, "is not a map of session fields, skipped");
        continue;
      }
      simpleEntry(entry).addTo(collector, where + idOf(entry), defaultZone);
    }
    return collector.reading(zone(root, collector), text(root.path("conference")));
  }

  private static SimpleEntry simpleEntry(JsonNode entry) {
    Map<String, String> fields = new HashMap<>();
    List<String> speakers = new ArrayList<>();
    entry
        .properties()
        .forEach(
            field -> {
              String name = field.getKey().strip().toLowerCase(Locale.ROOT);
              JsonNode value = field.getValue();
              if (name.equals("speakers") && value.isArray()) {
                value.forEach(s -> text(s).ifPresent(speakers::add));
              } else if (name.equals("speakers")) {
                text(value).map(SimpleEntry::splitSpeakers).ifPresent(speakers::addAll);
              } else {
                text(value).ifPresent(t -> fields.put(name, t));
              }
            });
    return new SimpleEntry(fields, speakers);
  }

  private static String idOf(JsonNode entry) {
    return text(entry.path("id")).map(id -> " (id " + id + ")").orElse("");
  }

  private static Optional<ZoneId> zone(JsonNode root, SessionCollector collector) {
    Optional<String> name = text(root.path("timezone"));
    try {
      return name.map(ZoneId::of);
    } catch (DateTimeException e) {
      collector.problem("", "timezone '" + name.orElseThrow() + "' is not a known zone, ignored");
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isValueNode() ? SessionCollector.nonBlank(node.asText()) : Optional.empty();
  }

  static String at(JacksonException e) {
    var location = e.getLocation();
    return location == null || location.getLineNr() < 0
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
