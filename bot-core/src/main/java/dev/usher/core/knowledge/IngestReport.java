package dev.usher.core.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one read of the conference folder found.
 *
 * @param problems each file that was skipped or partly read, with the reason; the rest was indexed
 */
public record IngestReport(
    List<FileReport> files, int passages, int sessions, List<Problem> problems, Duration took) {
  public IngestReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    Objects.requireNonNull(took, "took");
  }

  /** What was read from one file. */
  public record FileReport(String path, String kind, int passages, int sessions) {
    public FileReport {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** A file, or part of one, that could not be read, and why. */
  public record Problem(String path, String reason) {
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
