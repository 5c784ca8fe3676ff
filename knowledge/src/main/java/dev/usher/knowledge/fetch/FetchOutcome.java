package dev.usher.knowledge.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one fetch of a schedule came to. */
public sealed interface FetchOutcome {

  /** A new version was checked and saved as the last good copy. */
  record Updated(int sessions) implements FetchOutcome {}

  /** The server said 304, or sent the same bytes as the copy: nothing to do. */
  record Unchanged() implements FetchOutcome {}

  /**
   * Nothing was saved: the last good copy, if any, stays.
   *
   * @param reason one line, in plain words
   * @param retryAfter the wait the server asked for (HTTP 429 or 503 with Retry-After)
   */
  record Failed(String reason, Optional<Duration> retryAfter) implements FetchOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Failed(String reason) {
      this(reason, Optional.empty());
    }
  }
}
