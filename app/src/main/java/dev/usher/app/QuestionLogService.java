package dev.usher.app;

import dev.usher.app.config.QuestionLogSettings;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.questions.BackgroundQuestionLog;
import dev.usher.core.questions.QuestionLog;
import dev.usher.ledger.SqliteQuestionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question log of a conference folder, {@code questions.db} in its state folder (each replica
 * keeps its own): written on one background thread so no answer waits for it, and purged of
 * questions older than {@code questions.keep} when opened and then daily.
 */
public final class QuestionLogService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(QuestionLogService.class);

  /**
   * Writes that may wait; beyond them a write is dropped with a log line, never an answer held up.
   */
  private static final int WAITING_WRITES = 1_000;

  private final SqliteQuestionLog store;
  private final ThreadPoolExecutor writer;
  private final ScheduledExecutorService purger;
  private final QuestionLog background;

  private QuestionLogService(SqliteQuestionLog store, QuestionLogSettings settings, Clock clock) {
    this.store = store;
    this.writer =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING_WRITES),
            Thread.ofPlatform().name("usher-question-log").daemon().factory());
    this.purger =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("usher-question-purge").daemon().factory());
    this.background = new BackgroundQuestionLog(store, writer);
    purger.scheduleAtFixedRate(() -> purge(settings, clock), 1, 1, TimeUnit.DAYS);
  }

  /** Where the log of {@code settings}' folder is kept. */
  public static Path file(UsherSettings settings) {
    return settings.stateDirectory().resolve("questions.db");
  }

  /**
   * Opens the folder's log and purges it.
   *
   * @throws IllegalStateException in one sentence when the file cannot be used
   * @throws dev.usher.app.config.SettingsException when {@code questions:} is wrong
   */
  public static QuestionLogService open(UsherSettings settings, Clock clock) {
    QuestionLogSettings retention = QuestionLogSettings.read(settings.section("questions"));
    SqliteQuestionLog store = SqliteQuestionLog.open(file(settings));
    try {
      store.purgeBefore(clock.instant().minus(retention.keep()));
    } catch (IllegalStateException e) {
      store.close();
      throw e;
    }
    return new QuestionLogService(store, retention, clock);
  }

  /**
   * Opens the folder's log, or says in one line on {@code err} why it cannot and gives none: a
   * question log that cannot be used never stops answering.
   */
  public static java.util.Optional<QuestionLogService> openOrWarn(
      UsherSettings settings, Clock clock, java.io.PrintWriter err) {
    try {
      return java.util.Optional.of(open(settings, clock));
    } catch (IllegalStateException | dev.usher.app.config.SettingsException e) {
      err.println("usher: questions are not logged: " + e.getMessage());
      err.flush();
      return java.util.Optional.empty();
    }
  }

  private void purge(QuestionLogSettings settings, Clock clock) {
    try {
      int purged = store.purgeBefore(clock.instant().minus(settings.keep()));
      log.info(
          "question log: {} questions older than {} days deleted",
          purged,
          settings.keep().toDays());
    } catch (IllegalStateException e) {
      log.warn("question log: {}", e.getMessage());
    }
  }

  /** The log for the bot: writes in the background, reads straight from the file. */
  public QuestionLog log() {
    return background;
  }

  /** Finishes the writes that wait (a few seconds at most), then closes the file. */
  @Override
  public void close() {
    purger.shutdownNow();
    writer.shutdown();
    try {
      if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("question log: {} writes not finished at exit", writer.getQueue().size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
