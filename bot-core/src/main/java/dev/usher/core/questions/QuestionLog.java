package dev.usher.core.questions;

import java.time.Instant;
import java.util.List;

/**
 * The driven port where the bot records the questions it declined, the answers given (so feedback
 * can find them) and the answers that could not be sent. Implementations are thread-safe. A failing
 * write throws {@link IllegalStateException}; the bot logs it and answers anyway.
 */
public interface QuestionLog {

  /** Keeps {@code question}; its id is new. */
  void record(LoggedQuestion question);

  /**
   * Sets the feedback on the question {@code id}, the last click winning.
   *
   * @return whether such a question is kept (false: unknown, or purged since)
   */
  boolean feedback(String id, LoggedQuestion.Feedback feedback);

  /**
   * Marks the answer to question {@code id} as not delivered (the platform refused or failed to
   * send it).
   *
   * @return whether such a question is kept
   */
  boolean undelivered(String id);

  /** The questions asked at or after {@code since}, oldest first. */
  List<LoggedQuestion> since(Instant since);

  /** A log that keeps nothing: for runs that only measure ({@code ./usher eval}). */
  QuestionLog NONE =
      new QuestionLog() {
        @Override
        public void record(LoggedQuestion question) {}

        @Override
        public boolean feedback(String id, LoggedQuestion.Feedback feedback) {
          return false;
        }

        @Override
        public boolean undelivered(String id) {
          return false;
        }

        @Override
        public List<LoggedQuestion> since(Instant since) {
          return List.of();
        }
      };
}
