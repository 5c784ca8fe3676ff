package dev.usher.knowledge.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The knowledge module's slice of the configuration.
 *
 * @param folder the conference folder; every document and schedule must be inside it
 * @param documents files or folders of documents, relative to {@code folder}
 * @param schedules schedule files, relative to {@code folder}
 * @param zone the conference zone: schedule times without an offset are read in it
 * @param synonyms extra synonym lines in Solr's format, added to the built-in ones
 * @param indexDirectory where the index is kept on disk
 * @param maxFileBytes files larger than this are reported and skipped
 * @param semantic whether passages and questions are also compared by meaning (sentence vectors);
 *     off for a corpus too large to embed
 * @param scheduleUrls schedules published at a URL, read from their last good copy (see {@link
 *     dev.usher.knowledge.fetch.ScheduleCopy}) after the files of {@code schedules}
 * @param scheduleCopies where the copies of {@code scheduleUrls} are kept (the state folder's
 *     {@code schedules})
 */
public record KnowledgeSettings(
    Path folder,
    List<DocumentEntry> documents,
    List<String> schedules,
    ZoneId zone,
    List<String> synonyms,
    Path indexDirectory,
    long maxFileBytes,
    boolean semantic,
    List<URI> scheduleUrls,
    Path scheduleCopies) {

  /** 20 MB: larger files are almost always a mistake (a video, a dump), not a document. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  public KnowledgeSettings {
    Objects.requireNonNull(folder, "folder");
    documents = List.copyOf(documents);
    schedules = List.copyOf(schedules);
    Objects.requireNonNull(zone, "zone");
    synonyms = List.copyOf(synonyms);
    Objects.requireNonNull(indexDirectory, "indexDirectory");
    scheduleUrls = List.copyOf(scheduleUrls);
    Objects.requireNonNull(scheduleCopies, "scheduleCopies");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
  }

  /** Settings without schedules at a URL. */
  public KnowledgeSettings(
      Path folder,
      List<DocumentEntry> documents,
      List<String> schedules,
      ZoneId zone,
      List<String> synonyms,
      Path indexDirectory,
      long maxFileBytes,
      boolean semantic) {
    this(
        folder,
        documents,
        schedules,
        zone,
        synonyms,
        indexDirectory,
        maxFileBytes,
        semantic,
        List.of(),
        indexDirectory.toAbsolutePath().resolveSibling("schedules"));
  }

  /** Settings with semantic search on. */
  public KnowledgeSettings(
      Path folder,
      List<DocumentEntry> documents,
      List<String> schedules,
      ZoneId zone,
      List<String> synonyms,
      Path indexDirectory,
      long maxFileBytes) {
    this(folder, documents, schedules, zone, synonyms, indexDirectory, maxFileBytes, true);
  }

  /** The same settings with semantic search on or off. */
  public KnowledgeSettings withSemantic(boolean on) {
    return new KnowledgeSettings(
        folder,
        documents,
        schedules,
        zone,
        synonyms,
        indexDirectory,
        maxFileBytes,
        on,
        scheduleUrls,
        scheduleCopies);
  }

  /**
   * What each document file gave at the last full read, with its size and times: beside the index.
   */
  public Path manifestFile() {
    return indexDirectory
        .toAbsolutePath()
        .resolveSibling(indexDirectory.getFileName() + "-manifest.bin");
  }

  /** What each schedule file gave when last parsed (see ScheduleCache): beside the index. */
  public Path scheduleCacheFile() {
    return indexDirectory
        .toAbsolutePath()
        .resolveSibling(indexDirectory.getFileName() + "-schedules.bin");
  }

  /** Where the vectors of embedded passages are kept between starts: beside the index. */
  public Path vectorCacheFile() {
    return indexDirectory
        .toAbsolutePath()
        .resolveSibling(indexDirectory.getFileName() + "-vectors.bin");
  }
}
