package dev.usher.core.announce;

import dev.usher.core.knowledge.IngestReport;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An organizer's {@code /reload} run off the thread that asked for it: the watch's {@link
 * ScheduleWatch#reload()} (a fetch of the schedule URLs, then the folder read again) runs on the
 * executor of the schedule's poller, so a slow schedule server holds no thread that answers
 * attendees. Requests made while one is waiting to run join it: one fetch for them all. A request
 * made while one runs queues the next (the organizer may have changed the folder since). The
 * changes it brings reach the watch's listeners (announcements, reminders) as any reload's do; its
 * report goes to {@code outcome}, on the executor's thread. Thread-safe.
 */
public final class BackgroundReload {
  private static final Logger log = LoggerFactory.getLogger(BackgroundReload.class);

  private final ScheduleWatch watch;
  private final Executor executor;
  private final Consumer<IngestReport> outcome;
  private final AtomicBoolean waiting = new AtomicBoolean();

  /**
   * @param executor the schedule poller's own (single) thread, so a reload and a poll take turns
   * @param outcome told each reload's report; it must not throw
   */
  public BackgroundReload(ScheduleWatch watch, Executor executor, Consumer<IngestReport> outcome) {
    this.watch = Objects.requireNonNull(watch, "watch");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Starts a reload, or joins the one waiting to run; returns at once.
   *
   * @return true when a new reload was queued, false when this request joined a waiting one
   * @throws IllegalStateException when the executor no longer takes work (serve is stopping)
   */
  public boolean start() {
    if (!waiting.compareAndSet(false, true)) {
      return false;
    }
    try {
      executor.execute(this::run);
    } catch (RejectedExecutionException e) {
      waiting.set(false);
      throw new IllegalStateException("the schedule's reloads have stopped", e);
    }
    return true;
  }

  private void run() {
    // Cleared before the fetch: a request from now on wants what is published after it started.
    waiting.set(false);
    IngestReport report;
    try {
      report = watch.reload();
    } catch (RuntimeException e) {
      log.error("The reload an organizer asked for failed", e);
      return;
    }
    outcome.accept(report);
  }
}
