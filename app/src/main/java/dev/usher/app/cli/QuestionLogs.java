package dev.usher.app.cli;

import dev.usher.app.QuestionLogService;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.questions.QuestionLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The question log a terminal command writes to: the folder's, or none when it cannot be used. It
 * is opened on a thread of its own while the command opens the index: loading SQLite's native
 * library took a seventh of {@code ./usher ask}'s start, and nothing needs the log before the first
 * answer.
 */
final class QuestionLogs implements AutoCloseable {
  private final CompletableFuture<Optional<QuestionLogService>> service;

  private QuestionLogs(CompletableFuture<Optional<QuestionLogService>> service) {
    this.service = service;
  }

  /**
   * Starts opening the log of {@code settings}' folder; when it cannot be used, one line on {@code
   * err} and a log that keeps nothing.
   */
  static QuestionLogs open(UsherSettings settings, PrintWriter err) {
    return new QuestionLogs(
        CompletableFuture.supplyAsync(
            () -> QuestionLogService.openOrWarn(settings, Clock.systemUTC(), err),
            opening ->
                Thread.ofPlatform().name("usher-question-log-open").daemon().start(opening)));
  }

  /** The log, once it is open. */
  QuestionLog log() {
    return opened().map(QuestionLogService::log).orElse(QuestionLog.NONE);
  }

  @Override
  public void close() {
    opened().ifPresent(QuestionLogService::close);
  }

  private Optional<QuestionLogService> opened() {
    try {
      return service.join();
    } catch (CompletionException e) {
      // openOrWarn turns every expected failure into a warning; anything else is a bug to surface.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
