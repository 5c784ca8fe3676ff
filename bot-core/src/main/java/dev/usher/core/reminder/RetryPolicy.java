package dev.usher.core.reminder;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler retries a post the platform could not take yet: exponential backoff from {@code
 * initial}, doubled each time up to {@code max}, at most {@code maxAttempts} attempts in all. A
 * wait the platform asks for (HTTP 429 retry-after) replaces the backoff for that attempt.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {
  public RetryPolicy {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /** 2 s, doubling up to 5 min, 10 attempts. */
  public static RetryPolicy standard() {
    return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), 10);
  }

  /** The wait after the {@code failures}-th failed attempt (1 for the first). */
  public Duration backoff(int failures) {
    Duration wait = initial;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
