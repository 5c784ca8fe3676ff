package dev.usher.app.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.usher.knowledge.document.DocumentReader;
import dev.usher.knowledge.fetch.FetchPolicy;
import dev.usher.knowledge.fetch.ScheduleUrl;
import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.ingest.OrganizerAnswers;
import dev.usher.knowledge.io.ReadFailure;
import dev.usher.knowledge.schedule.ScheduleFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a conference folder's {@code usher.yaml}. Fails fast with the file and key named when a
 * value is wrong; a folder without the file gets defaults from its contents.
 */
public final class SettingsLoader {
  public static final String FILE_NAME = "usher.yaml";

  /**
   * The top-level keys read here; every other top-level key is a section for the component that
   * owns it. A key nobody reads is not refused: {@code ./usher check} reports it.
   */
  public static final Set<String> KEYS =
      Set.of(
          "name",
          "timezone",
          "url",
          "documents",
          "schedule",
          "synonyms",
          "help",
          "index",
          "max_file_mb",
          "semantic",
          "state",
          "schedule_refresh");

  private SettingsLoader() {}

  public static UsherSettings load(Path folder) {
    return load(folder, StateDirectory.userCache());
  }

  /**
   * Like {@link #load(Path)}, the index and state always in the user's cache: a question set is
   * often run over a folder that is shared or checked in, and measuring must leave it as it was.
   */
  public static UsherSettings loadWithStateInCache(Path folder) {
    return load(folder).withStateIn(StateDirectory.inCache(folder, StateDirectory.userCache()));
  }

  /**
   * Like {@link #load(Path)}, with the cache a folder that cannot be written keeps its state in.
   */
  public static UsherSettings load(Path folder, Path cacheRoot) {
    if (!Files.isDirectory(folder)) {
      throw new SettingsException("conference folder " + folder + " does not exist (see --data)");
    }
    Path file = folder.resolve(FILE_NAME);
    boolean hasFile = Files.exists(file);
    Path state = StateDirectory.of(folder, hasFile, cacheRoot);
    return hasFile ? fromFile(folder, file, state) : fromContents(folder, state);
  }

  private static UsherSettings fromFile(Path folder, Path file, Path state) {
    JsonNode root;
    try {
      root = YamlTree.read(file);
    } catch (JacksonException e) {
      throw new SettingsException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot be read: " + ReadFailure.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new SettingsException(file + ": expected keys such as name, timezone, documents");
    }
    String name = text(root, "name", file).orElseThrow(() -> missing(file, "name"));
    String zoneId = text(root, "timezone", file).orElseThrow(() -> missing(file, "timezone"));
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw new SettingsException(
          file + ": timezone '" + zoneId + "' is not an IANA zone such as Europe/Berlin");
    }
    List<DocumentEntry> documents = new ArrayList<>();
    for (JsonNode entry : list(root, "documents", file)) {
      documents.add(documentEntry(entry, file));
    }
    List<String> schedule = new ArrayList<>();
    List<URI> scheduleUrls = new ArrayList<>();
    for (String entry : strings(root, "schedule", file)) {
      if (ScheduleUrl.isUrl(entry)) {
        scheduleUrls.add(url(entry, file));
      } else {
        schedule.add(entry);
      }
    }
    Duration refresh =
        text(root, "schedule_refresh", file)
            .map(text -> ReminderSettingsReader.duration(text, "schedule_refresh"))
            .orElse(FetchPolicy.DEFAULT_REFRESH);
    if (refresh.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new SettingsException(
          file + ": schedule_refresh must be at least 10s: the schedule's server is not ours");
    }
    Path index =
        text(root, "index", file)
            .map(named -> IndexLocation.resolve(folder, state, named, file))
            .orElse(state.resolve("index"));
    long maxBytes =
        root.has("max_file_mb")
            ? root.get("max_file_mb").asLong() * 1024 * 1024
            : KnowledgeSettings.DEFAULT_MAX_FILE_BYTES;
    if (maxBytes <= 0) {
      throw new SettingsException(file + ": max_file_mb must be a positive number of megabytes");
    }
    JsonNode semantic = root.path("semantic");
    if (!semantic.isMissingNode() && !semantic.isBoolean()) {
      throw new SettingsException(file + ": semantic must be true or false");
    }
    return new UsherSettings(
        folder,
        Optional.of(name),
        Optional.of(zone),
        text(root, "url", file),
        documents,
        schedule,
        strings(root, "synonyms", file),
        text(root, "help", file),
        index,
        maxBytes,
        semantic.asBoolean(true),
        sections(root),
        state,
        text(root, "state", file),
        scheduleUrls,
        refresh);
  }

  private static URI url(String entry, Path file) {
    try {
      return ScheduleUrl.parse(entry);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(file + ": " + e.getMessage());
    }
  }

  private static DocumentEntry documentEntry(JsonNode entry, Path file) {
    if (entry.isTextual()) {
      return DocumentEntry.of(entry.asText());
    }
    if (entry.isObject() && entry.hasNonNull("path")) {
      return new DocumentEntry(
          entry.get("path").asText(), text(entry, "title", file), text(entry, "url", file));
    }
    throw new SettingsException(file + ": documents: each entry is a path, or {path, title, url}");
  }

  /**
   * No usher.yaml: every document and schedule file in the folder; name and zone from the schedule.
   */
  private static UsherSettings fromContents(Path folder, Path state) {
    List<String> schedules = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !DocumentReader.isDocument(n) && ScheduleFiles.isScheduleFile(Path.of(n)))
          .filter(n -> !n.equals(OrganizerAnswers.FILE_NAME))
          .sorted()
          .forEach(schedules::add);
    } catch (IOException e) {
      throw new SettingsException(
          "conference folder " + folder + " cannot be listed: " + ReadFailure.describe(e), e);
    }
    return new UsherSettings(
        folder,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(DocumentEntry.of(".")),
        schedules,
        List.of(),
        Optional.empty(),
        state.resolve("index"),
        KnowledgeSettings.DEFAULT_MAX_FILE_BYTES,
        true,
        Map.of(),
        state,
        Optional.empty(),
        List.of(),
        FetchPolicy.DEFAULT_REFRESH);
  }

  private static Map<String, Map<String, Object>> sections(JsonNode root) {
    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    root.properties()
        .forEach(
            field -> {
              if (!KEYS.contains(field.getKey()) && field.getValue().isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> section =
                    (Map<String, Object>) YamlTree.plain(field.getValue());
                sections.put(field.getKey(), section);
              }
            });
    return sections;
  }

  private static Optional<String> text(JsonNode node, String key, Path file) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw new SettingsException(file + ": " + key + " must be a single value");
    }
    return Optional.of(value.asText().strip()).filter(v -> !v.isEmpty());
  }

  private static List<JsonNode> list(JsonNode node, String key, Path file) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value);
    }
    if (!value.isArray()) {
      throw new SettingsException(file + ": " + key + " must be a list");
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }

  private static List<String> strings(JsonNode node, String key, Path file) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : list(node, key, file)) {
      if (!item.isValueNode()) {
        throw new SettingsException(file + ": " + key + ": each entry must be text");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static SettingsException missing(Path file, String key) {
    return new SettingsException(file + ": the key '" + key + "' is required");
  }
}
