package dev.usher.app.config;

import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A conference folder's settings, from its {@code usher.yaml} or, when it has none, from what the
 * folder holds.
 *
 * @param zone the conference zone; empty only when the folder has no {@code usher.yaml}, and then
 *     taken from the schedule
 * @param semantic whether passages are also searched by meaning ({@code semantic: false} turns the
 *     sentence model off, for a corpus too large to embed)
 * @param sections other top-level sections by name ({@code discord}, {@code slack}, {@code
 *     reminders}), as YAML gives them, for the components that own them
 * @param stateDirectory where the reminder ledger (and, by default, the index) is kept: {@code
 *     .usher/} in the folder, or the user's cache for a folder that cannot be written
 * @param state the {@code state:} setting as written (a {@code postgres://} URL, or {@code
 *     ${VARIABLE}} naming the environment variable that holds it); empty: the folder's own SQLite
 *     ledger. Read by {@link ReplicaSettings}
 * @param schedule the schedule files, relative to the folder
 * @param scheduleUrls the schedules published at a URL ({@code schedule:} entries that are one)
 * @param scheduleRefresh how often {@code serve} fetches them again ({@code schedule_refresh})
 */
public record UsherSettings(
    Path folder,
    Optional<String> name,
    Optional<ZoneId> zone,
    Optional<String> url,
    List<DocumentEntry> documents,
    List<String> schedule,
    List<String> synonyms,
    Optional<String> help,
    Path indexDirectory,
    long maxFileBytes,
    boolean semantic,
    Map<String, Map<String, Object>> sections,
    Path stateDirectory,
    Optional<String> state,
    List<URI> scheduleUrls,
    Duration scheduleRefresh) {

  public UsherSettings {
    Objects.requireNonNull(folder, "folder");
    documents = List.copyOf(documents);
    schedule = List.copyOf(schedule);
    synonyms = List.copyOf(synonyms);
    sections = Map.copyOf(sections);
    Objects.requireNonNull(state, "state");
    scheduleUrls = List.copyOf(scheduleUrls);
    Objects.requireNonNull(scheduleRefresh, "scheduleRefresh");
  }

  /** Where the last good copies of {@link #scheduleUrls} are kept. */
  public Path scheduleCopies() {
    return stateDirectory.resolve("schedules");
  }

  public Map<String, Object> section(String name) {
    return sections.getOrDefault(name, Map.of());
  }

  /**
   * These settings with the index, the schedule copies and the ledger kept in {@code directory}
   * instead: for a run that only measures ({@code usher eval}), which must not write into the
   * folder it measures.
   */
  public UsherSettings withStateIn(Path directory) {
    return new UsherSettings(
        folder,
        name,
        zone,
        url,
        documents,
        schedule,
        synonyms,
        help,
        directory.resolve("index"),
        maxFileBytes,
        semantic,
        sections,
        directory,
        state,
        scheduleUrls,
        scheduleRefresh);
  }

  /** The knowledge module's slice, with the zone to read schedule times in. */
  public KnowledgeSettings knowledge(ZoneId readZone) {
    return new KnowledgeSettings(
        folder,
        documents,
        schedule,
        readZone,
        synonyms,
        indexDirectory,
        maxFileBytes,
        semantic,
        scheduleUrls,
        scheduleCopies());
  }
}
