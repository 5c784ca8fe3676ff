package dev.usher.knowledge;

import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A conference folder written by a test, and the settings that read it. */
public final class ConferenceFolder {
  private final Path folder;
  private final Path indexDirectory;
  private final List<DocumentEntry> documents = new ArrayList<>();
  private final List<String> synonyms = new ArrayList<>();
  private final List<String> schedules = new ArrayList<>();
  private long maxFileBytes = KnowledgeSettings.DEFAULT_MAX_FILE_BYTES;

  private ConferenceFolder(Path root) {
    this.folder = root.resolve("conference");
    this.indexDirectory = root.resolve("index");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A conference folder under {@code root} (a test's temporary directory). */
  public static ConferenceFolder in(Path root) {
    return new ConferenceFolder(root);
  }

  public Path folder() {
    return folder;
  }

  public Path indexDirectory() {
    return indexDirectory;
  }

  /** Writes {@code text} as UTF-8 to {@code relative}, creating its folders. */
  public Path write(String relative, String text) {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public Path write(String relative, byte[] content) {
    try {
      Path file = folder.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names a file or folder of documents in the settings. */
  public ConferenceFolder document(String relative) {
    documents.add(DocumentEntry.of(relative));
    return this;
  }

  public ConferenceFolder document(DocumentEntry entry) {
    documents.add(entry);
    return this;
  }

  /** Names a schedule file in the settings. */
  public ConferenceFolder schedule(String relative) {
    schedules.add(relative);
    return this;
  }

  public ConferenceFolder synonym(String line) {
    synonyms.add(line);
    return this;
  }

  public ConferenceFolder maxFileBytes(long bytes) {
    this.maxFileBytes = bytes;
    return this;
  }

  public KnowledgeSettings settings() {
    return new KnowledgeSettings(
        folder, documents, schedules, ZoneOffset.UTC, synonyms, indexDirectory, maxFileBytes);
  }
}
