package dev.usher.core.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions off a platform's event thread, so JDA's or Bolt's threads only read the event
 * and return. This is every adapter's one catch-all: an answer that throws is logged once with the
 * request's reference and the user gets the adapter's apology instead of silence; an answer the
 * executor refuses (every thread busy and the queue full) gets the "busy" apology at once.
 *
 * <p>Thread-safe. Created by the app and handed to every platform through {@link PlatformContext};
 * the app closes it once the platforms are closed.
 */
public final class BackgroundAnswers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundAnswers.class);

  /** How long {@link #close()} lets answers already started finish, by default. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

  /** Why the user is told something other than the answer. */
  public enum Trouble {
    /** Every answer thread is busy and the queue is full: said on the event thread, at once. */
    BUSY,
    /** The answer failed on our side: said on the answer thread, the details are in the log. */
    FAILED;

    /** What the user reads; {@code reference} lets the organizers find the failure in the log. */
    public String message(String reference) {
      return switch (this) {
        case BUSY -> "I'm busy with many questions right now. Please try again in a moment.";
        case FAILED ->
            "Sorry, something went wrong on my side (reference "
                + reference
                + "). Please try again in a moment.";
      };
    }
  }

  /** Computes and delivers one answer; runs on an answer thread. */
  @FunctionalInterface
  public interface Answer {
    void run() throws Exception;
  }

  /**
   * Tells the user in the platform's own way. For {@link Trouble#BUSY} it runs on the platform's
   * event thread, so it must not block (queue the message, or put it in the acknowledgement).
   */
  @FunctionalInterface
  public interface Apology {
    void say(Trouble trouble) throws Exception;
  }

  private final ExecutorService executor;
  private final Duration grace;

  /**
   * @param executor where answers run; owned by this from now on (closed by {@link #close()})
   * @param grace how long {@link #close()} waits for answers already queued or running before it
   *     interrupts them; zero or more
   */
  public BackgroundAnswers(ExecutorService executor, Duration grace) {
    this.executor = Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
    this.grace = grace;
  }

  /** Answers on {@code executor} with {@link #DEFAULT_GRACE}. */
  public BackgroundAnswers(ExecutorService executor) {
    this(executor, DEFAULT_GRACE);
  }

  /**
   * A fixed number of threads named {@code usher-answer-N} and a bounded queue: past {@code queue}
   * waiting questions the user hears "busy" at once, rather than every later question missing its
   * platform's deadline.
   *
   * @param threads answer threads, at least 1
   * @param queue questions that may wait for a thread, at least 1
   */
  public static BackgroundAnswers bounded(int threads, int queue, Duration grace) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (queue < 1) {
      throw new IllegalArgumentException("queue must be at least 1: " + queue);
    }
    return new BackgroundAnswers(
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            Thread.ofPlatform().name("usher-answer-", 0).factory()),
        grace);
  }

  /**
   * Queues {@code answer} and returns at once.
   *
   * @param reference the request's correlation id (an event id, an interaction id), in the log and
   *     in the apology
   * @param apology told {@link Trouble#BUSY} before this returns when the answer is refused, or
   *     {@link Trouble#FAILED} on the answer thread, once, when the answer throws
   * @return true when queued; false when refused (the queue is full, or this is closed)
   */
  public boolean answer(String reference, Answer answer, Apology apology) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(apology, "apology");
    try {
      executor.execute(() -> run(reference, answer, apology));
      return true;
    } catch (RejectedExecutionException e) {
      LOG.warn("[{}] not answered: every answer thread is busy and the queue is full", reference);
      tell(reference, apology, Trouble.BUSY);
      return false;
    }
  }

  private static void run(String reference, Answer answer, Apology apology) {
    try {
      answer.run();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // A bug or an outage: the trace is what the organizers need to find it.
      LOG.error("[{}] failed to answer: {}", reference, e.toString(), e);
      tell(reference, apology, Trouble.FAILED);
    }
  }

  private static void tell(String reference, Apology apology, Trouble trouble) {
    try {
      apology.say(trouble);
    } catch (Exception e) {
      LOG.warn("[{}] could not tell the user either: {}", reference, e.toString());
    }
  }

  /**
   * Takes no more questions, lets those queued or running finish for up to the grace period, then
   * interrupts what is left.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Answers still running after {}; interrupting them", grace);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
