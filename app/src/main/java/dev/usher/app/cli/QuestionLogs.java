package dev.usher.app.cli;

import dev.usher.app.QuestionLogService;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.concurrent.Meanwhile;
import dev.usher.core.questions.QuestionLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/**
 * The question log a terminal command writes to: the folder's, or none when it cannot be used. It
 * is opened on a thread of its own while the command opens the index: loading SQLite's native
 * library took a seventh of {@code ./usher ask}'s start, and nothing needs the log before the first
 * answer.
 */
final class QuestionLogs implements AutoCloseable {
  private final Meanwhile<Optional<QuestionLogService>> service;

  private QuestionLogs(Meanwhile<Optional<QuestionLogService>> service) {
    this.service = service;
  }

  /**
   * Starts opening the log of {@code settings}' folder; when it cannot be used, one line on {@code
   * err} and a log that keeps nothing.
   */
  static QuestionLogs open(UsherSettings settings, PrintWriter err) {
    return new QuestionLogs(
        Meanwhile.start(
            "usher-question-log-open",
            () -> QuestionLogService.openOrWarn(settings, Clock.systemUTC(), err)));
  }

  /** The log, once it is open. */
  QuestionLog log() {
    return service.join().map(QuestionLogService::log).orElse(QuestionLog.NONE);
  }

  @Override
  public void close() {
    service.join().ifPresent(QuestionLogService::close);
  }
}
