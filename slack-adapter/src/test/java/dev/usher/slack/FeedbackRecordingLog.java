package dev.usher.slack;

import dev.usher.core.questions.InMemoryQuestionLog;
import dev.usher.core.questions.LoggedQuestion;
import dev.usher.core.questions.QuestionLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real in-memory question log that also keeps every feedback it was given, in order: the log
 * itself keeps only the last click, which would hide a click recorded twice. Thread-safe.
 */
final class FeedbackRecordingLog implements QuestionLog {
  private final InMemoryQuestionLog log = new InMemoryQuestionLog();
  private final List<LoggedQuestion.Feedback> feedbacks = new ArrayList<>();

  @Override
  public void record(LoggedQuestion question) {
    log.record(question);
  }

  @Override
  public synchronized boolean feedback(String id, LoggedQuestion.Feedback feedback) {
    feedbacks.add(feedback);
    return log.feedback(id, feedback);
  }

  @Override
  public boolean undelivered(String id) {
    return log.undelivered(id);
  }

  @Override
  public List<LoggedQuestion> since(Instant since) {
    return log.since(since);
  }

  /** Every feedback recorded, oldest first. */
  synchronized List<LoggedQuestion.Feedback> feedbacks() {
    return List.copyOf(feedbacks);
  }
}
