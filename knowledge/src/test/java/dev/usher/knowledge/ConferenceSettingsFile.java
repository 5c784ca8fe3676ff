package dev.usher.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge settings a real conference folder's {@code usher.yaml} gives (documents, schedules,
 * time zone, synonyms), read here so tests follow the folder as it changes.
 */
public final class ConferenceSettingsFile {
  private ConferenceSettingsFile() {}

  /** The settings of {@code folder}'s {@code usher.yaml}, its index in {@code indexDirectory}. */
  public static KnowledgeSettings read(Path folder, Path indexDirectory) throws IOException {
    JsonNode config =
        new ObjectMapper(new YAMLFactory()).readTree(folder.resolve("usher.yaml").toFile());
    List<DocumentEntry> documents = new ArrayList<>();
    for (JsonNode entry : config.path("documents")) {
      documents.add(
          entry.isTextual()
              ? DocumentEntry.of(entry.asText())
              : new DocumentEntry(
                  entry.path("path").asText(),
                  Optional.ofNullable(entry.get("title")).map(JsonNode::asText),
                  Optional.ofNullable(entry.get("url")).map(JsonNode::asText)));
    }
    List<String> schedules = new ArrayList<>();
    config.path("schedule").forEach(schedule -> schedules.add(schedule.asText()));
    List<String> synonyms = new ArrayList<>();
    config.path("synonyms").forEach(line -> synonyms.add(line.asText()));
    return new KnowledgeSettings(
        folder,
        documents,
        schedules,
        ZoneId.of(config.path("timezone").asText()),
        synonyms,
        indexDirectory,
        KnowledgeSettings.DEFAULT_MAX_FILE_BYTES);
  }
}
