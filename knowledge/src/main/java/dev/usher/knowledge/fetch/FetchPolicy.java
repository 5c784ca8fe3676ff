package dev.usher.knowledge.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How schedules are fetched from their URL.
 *
 * @param refresh how often a schedule is asked for again ({@code schedule_refresh}, default 5
 *     minutes); a conditional request, so an unchanged schedule costs the server one 304
 * @param timeout the longest one fetch may take, from connecting to the last byte (default 30 s): a
 *     server that stalls mid-body counts as failed
 * @param maxBytes a larger body is refused (default: the conference's file size limit)
 * @param firstRetry the wait after a first failed fetch; it doubles at each failure in a row, up to
 *     {@code refresh}: a hiccup is retried soon, a server that is down is not hammered
 */
public record FetchPolicy(Duration refresh, Duration timeout, long maxBytes, Duration firstRetry) {
  public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(5);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(15);

  /** The longest wait a server may ask for with Retry-After. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  public FetchPolicy {
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(firstRetry, "firstRetry");
    if (refresh.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("refresh must be at least a second: " + refresh);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (firstRetry.isNegative() || firstRetry.isZero()) {
      throw new IllegalArgumentException("firstRetry must be positive: " + firstRetry);
    }
  }

  public static FetchPolicy standard(Duration refresh, long maxBytes) {
    return new FetchPolicy(refresh, DEFAULT_TIMEOUT, maxBytes, DEFAULT_FIRST_RETRY);
  }

  /**
   * When to fetch again after {@code failures} failed fetches in a row (0 after a good one),
   * honoring a wait the server asked for, up to an hour.
   */
  public Duration nextFetch(int failures, Optional<Duration> serverAsked) {
    if (failures <= 0) {
      return refresh;
    }
    Duration wait = firstRetry;
    for (int i = 1; i < failures && wait.compareTo(refresh) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(refresh) > 0) {
      wait = refresh;
    }
    Duration asked =
        serverAsked.filter(a -> a.compareTo(MAX_RETRY_AFTER) <= 0).orElse(Duration.ZERO);
    return asked.compareTo(wait) > 0 ? asked : wait;
  }
}
