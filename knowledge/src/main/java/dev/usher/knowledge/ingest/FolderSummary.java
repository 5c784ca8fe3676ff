package dev.usher.knowledge.ingest;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a read of a conference folder found, without the documents' text: what is kept once the
 * documents are indexed, and all a start on an unchanged folder needs.
 *
 * @param fingerprint changes exactly when a file read, a title or url configured for one, or the
 *     zone its times are read in, changes
 * @param declaredZone the zone a schedule file itself declares, if any
 * @param declaredName the conference name a schedule file itself declares, if any
 * @param manifest each document file's stamp and what it gave, for the next start
 */
public record FolderSummary(
    List<FileReport> files,
    List<Problem> problems,
    List<Session> sessions,
    String fingerprint,
    Optional<ZoneId> declaredZone,
    Optional<String> declaredName,
    IngestManifest manifest) {
  public FolderSummary {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(declaredZone, "declaredZone");
    Objects.requireNonNull(declaredName, "declaredName");
    Objects.requireNonNull(manifest, "manifest");
  }

  /** The passages the documents gave, as their file reports count them. */
  public int passageCount() {
    return files.stream().mapToInt(FileReport::passages).sum();
  }
}
