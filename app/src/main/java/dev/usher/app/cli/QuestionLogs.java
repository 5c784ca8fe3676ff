package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.QuestionLogService;
import dev.usher.core.questions.QuestionLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/** The question log a terminal command writes to: the folder's, or none when it cannot be used. */
final class QuestionLogs implements AutoCloseable {
  private final Optional<QuestionLogService> service;

  private QuestionLogs(Optional<QuestionLogService> service) {
    this.service = service;
  }

  /**
   * The folder's log; when it cannot be used, one line on {@code err} and a log that keeps nothing.
   */
  static QuestionLogs open(ConferenceRuntime runtime, PrintWriter err) {
    return new QuestionLogs(
        QuestionLogService.openOrWarn(runtime.settings(), Clock.systemUTC(), err));
  }

  QuestionLog log() {
    return service.map(QuestionLogService::log).orElse(QuestionLog.NONE);
  }

  @Override
  public void close() {
    service.ifPresent(QuestionLogService::close);
  }
}
