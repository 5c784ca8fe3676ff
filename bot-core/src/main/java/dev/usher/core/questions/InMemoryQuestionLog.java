package dev.usher.core.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A question log in memory, lost at exit: for tests and runs without a state folder. Thread-safe.
 */
public final class InMemoryQuestionLog implements QuestionLog {
  private final List<LoggedQuestion> questions = new ArrayList<>();

  @Override
  public synchronized void record(LoggedQuestion question) {
    questions.add(question);
  }

  @Override
  public synchronized boolean feedback(String id, LoggedQuestion.Feedback feedback) {
    return update(
        id,
        q ->
            new LoggedQuestion(
                q.id(),
                q.askedAt(),
                q.platform(),
                q.channel(),
                q.question(),
                q.outcome(),
                q.decision(),
                q.coverage(),
                q.similarity(),
                Optional.of(feedback)));
  }

  @Override
  public synchronized boolean undelivered(String id) {
    return update(
        id,
        q ->
            new LoggedQuestion(
                q.id(),
                q.askedAt(),
                q.platform(),
                q.channel(),
                q.question(),
                LoggedQuestion.Outcome.UNDELIVERED,
                q.decision(),
                q.coverage(),
                q.similarity(),
                q.feedback()));
  }

  private boolean update(String id, UnaryOperator<LoggedQuestion> change) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        questions.set(i, change.apply(questions.get(i)));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized List<LoggedQuestion> since(Instant since) {
    return questions.stream().filter(q -> !q.askedAt().isBefore(since)).toList();
  }
}
