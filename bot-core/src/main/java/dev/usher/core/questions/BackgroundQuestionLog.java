package dev.usher.core.questions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to another log on an executor, so recording never holds up an answer: a write that fails,
 * or finds the executor full, costs one log line and nothing else. Reads go straight through.
 */
public final class BackgroundQuestionLog implements QuestionLog {
  private static final Logger log = LoggerFactory.getLogger(BackgroundQuestionLog.class);

  private final QuestionLog store;
  private final Executor writer;

  /**
   * @param writer runs the writes, in order (a single thread with a bounded queue, made in app)
   */
  public BackgroundQuestionLog(QuestionLog store, Executor writer) {
    this.store = Objects.requireNonNull(store, "store");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public void record(LoggedQuestion question) {
    write("record question " + question.id(), () -> store.record(question));
  }

  /** Always true: the write happens later, and an unknown id is harmless then. */
  @Override
  public boolean feedback(String id, LoggedQuestion.Feedback feedback) {
    write("record feedback on " + id, () -> store.feedback(id, feedback));
    return true;
  }

  @Override
  public boolean undelivered(String id) {
    write("mark " + id + " undelivered", () -> store.undelivered(id));
    return true;
  }

  @Override
  public List<LoggedQuestion> since(Instant since) {
    return store.since(since);
  }

  private void write(String what, Runnable write) {
    try {
      writer.execute(
          () -> {
            try {
              write.run();
            } catch (RuntimeException e) {
              log.warn("question log: could not {}: {}", what, e.getMessage());
            }
          });
    } catch (RejectedExecutionException e) {
      log.warn("question log: could not {}: the writer is full or stopped", what);
    }
  }
}
