package dev.usher.knowledge.ingest;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from a conference folder: the documents' passages, ready to index, and the {@link
 * FolderSummary} kept after indexing.
 */
public record ConferenceMaterial(List<SourceDocument> documents, FolderSummary summary) {
  public ConferenceMaterial {
    documents = List.copyOf(documents);
    Objects.requireNonNull(summary, "summary");
  }

  public List<Session> sessions() {
    return summary.sessions();
  }

  public List<FileReport> files() {
    return summary.files();
  }

  public List<Problem> problems() {
    return summary.problems();
  }

  /** See {@link FolderSummary#fingerprint()}. */
  public String fingerprint() {
    return summary.fingerprint();
  }

  public Optional<ZoneId> declaredZone() {
    return summary.declaredZone();
  }

  public Optional<String> declaredName() {
    return summary.declaredName();
  }

  public int passageCount() {
    return documents.stream().mapToInt(d -> d.passages().size()).sum();
  }
}
