package dev.usher.slack;

import dev.usher.core.platform.PostException;
import java.time.Duration;
import java.util.Optional;

/**
 * Retries one delivery of an answer that Slack refused with 429, after the {@code Retry-After} it
 * named, so an attendee's answer is not lost to a burst. Reminders do not use it: their scheduler
 * owns their retries. The waiting happens on the answering thread, which has nothing else to do for
 * this answer; beyond {@link #MAX_WAIT} in all the answer is stale and the refusal stands.
 */
final class RateLimitRetry {
  /** Attempts per message, the first included. */
  static final int MAX_ATTEMPTS = 4;

  /** The longest total wait for one message; a response URL stays valid for 30 minutes. */
  static final Duration MAX_WAIT = Duration.ofSeconds(60);

  /** One delivery attempt. */
  @FunctionalInterface
  interface Attempt {
    void run() throws PostException;
  }

  private RateLimitRetry() {}

  static void run(Attempt attempt) throws PostException, InterruptedException {
    Duration waited = Duration.ZERO;
    for (int tries = 1; ; tries++) {
      try {
        attempt.run();
        return;
      } catch (PostException e) {
        Optional<Duration> wait = e.retryAfter().filter(w -> e.retryable());
        if (wait.isEmpty()
            || tries >= MAX_ATTEMPTS
            || waited.plus(wait.get()).compareTo(MAX_WAIT) > 0) {
          throw e;
        }
        Thread.sleep(wait.get());
        waited = waited.plus(wait.get());
      }
    }
  }
}
