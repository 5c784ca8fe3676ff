package dev.usher.core.concurrent;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own while the caller does something else, and waited for when its
 * result is needed. A start uses it for parts that need nothing from each other (the question log's
 * file, the synonym rules, the sentence model, the index): on two cores they overlap instead of
 * adding up. The thread is a daemon, so work nobody waits for never holds the process open.
 *
 * @param <T> what the work gives
 */
public final class Meanwhile<T> {
  private final CompletableFuture<T> result;

  private Meanwhile(CompletableFuture<T> result) {
    this.result = result;
  }

  /** Starts {@code work} on a new daemon thread named {@code threadName}. */
  public static <T> Meanwhile<T> start(String threadName, Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return new Meanwhile<>(
        CompletableFuture.supplyAsync(
            work, task -> Thread.ofPlatform().name(threadName).daemon().start(task)));
  }

  /**
   * Waits for the work and gives its result; an unchecked exception the work threw is thrown here
   * as it was, so callers catch what they would have caught had they done the work themselves.
   */
  public T join() {
    return joined(result);
  }

  /**
   * Waits for {@code work} and gives its result, its unchecked exception thrown as it was, as
   * {@link #join()} does: for work a pool runs.
   */
  public static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Lets go of the work after the caller failed before needing it: waits for it, then hands what it
   * gave to {@code release} (closing a file it opened, say); a failure of the work itself is
   * dropped, since the caller's own failure is the one to report.
   */
  public void abandon(Consumer<? super T> release) {
    try {
      release.accept(join());
    } catch (RuntimeException ignored) {
      // The caller is already failing with its own exception, which is the one that explains.
    }
  }
}
