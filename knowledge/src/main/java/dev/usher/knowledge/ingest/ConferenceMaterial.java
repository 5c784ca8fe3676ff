package dev.usher.knowledge.ingest;

import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.schedule.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from a conference folder.
 *
 * @param fingerprint changes exactly when a file read, a title or url configured for one, or the zone
 *     its times are read in, changes
 * @param declaredZone the zone a schedule file itself declares, if any
 * @param declaredName the conference name a schedule file itself declares, if any
 */
public record ConferenceMaterial(
    List<SourceDocument> documents,
    List<Session> sessions,
    List<FileReport> files,
    List<Problem> problems,
    String fingerprint,
    Optional<ZoneId> declaredZone,
    Optional<String> declaredName) {
  public ConferenceMaterial {
    documents = List.copyOf(documents);
    sessions = List.copyOf(sessions);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  public int passageCount() {
    return documents.stream().mapToInt(d -> d.passages().size()).sum();
  }
}
