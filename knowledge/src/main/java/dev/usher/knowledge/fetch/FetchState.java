package dev.usher.knowledge.fetch;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * What is known about the fetches of one schedule URL.
 *
 * @param format the saved copy's format, empty while there is none
 * @param etag the server's ETag of the saved copy, sent back as {@code If-None-Match}
 * @param lastModified the server's Last-Modified, sent back as {@code If-Modified-Since}
 * @param savedAt when the last good copy was saved
 * @param checkedAt when the server last confirmed the copy or gave a new one
 * @param failure why the last fetch failed, when it did (it was after {@code checkedAt})
 * @param failedAt when that failed fetch was
 * @param failures failed fetches in a row, 0 after a good one
 */
public record FetchState(
    Optional<String> format,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<Instant> savedAt,
    Optional<Instant> checkedAt,
    Optional<String> failure,
    Optional<Instant> failedAt,
    int failures) {
  static final FetchState NONE =
      new FetchState(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0);

  public FetchState {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(failedAt, "failedAt");
  }

  static FetchState from(Properties p) {
    int failures;
    try {
      failures = Integer.parseInt(p.getProperty("failures", "0"));
    } catch (NumberFormatException e) {
      failures = 0;
    }
    return new FetchState(
        text(p, "format"),
        text(p, "etag"),
        text(p, "last_modified"),
        instant(p, "saved_at"),
        instant(p, "checked_at"),
        text(p, "failure"),
        instant(p, "failed_at"),
        Math.max(0, failures));
  }

  Properties toProperties(URI url) {
    Properties p = new Properties();
    p.setProperty("url", url.toString());
    format.ifPresent(v -> p.setProperty("format", v));
    etag.ifPresent(v -> p.setProperty("etag", v));
    lastModified.ifPresent(v -> p.setProperty("last_modified", v));
    savedAt.ifPresent(v -> p.setProperty("saved_at", v.toString()));
    checkedAt.ifPresent(v -> p.setProperty("checked_at", v.toString()));
    failure.ifPresent(v -> p.setProperty("failure", v));
    failedAt.ifPresent(v -> p.setProperty("failed_at", v.toString()));
    p.setProperty("failures", Integer.toString(failures));
    return p;
  }

  private static Optional<String> text(Properties p, String key) {
    return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<Instant> instant(Properties p, String key) {
    try {
      return text(p, key).map(Instant::parse);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
