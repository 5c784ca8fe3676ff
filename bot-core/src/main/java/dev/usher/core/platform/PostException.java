package dev.usher.core.platform;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A post the platform did not accept. */
public final class PostException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final Duration retryAfter;

  /**
   * @param retryable whether the same post may succeed later (rate limits, 5xx, dropped
   *     connections), as opposed to a refusal that will not change (unknown channel, no access)
   * @param retryAfter the wait the platform asked for, {@link Duration#ZERO} when it named none
   */
  public PostException(
      String message, boolean retryable, Duration retryAfter, @Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean retryable() {
    return retryable;
  }

  public Optional<Duration> retryAfter() {
    return retryAfter.isZero() ? Optional.empty() : Optional.of(retryAfter);
  }
}
