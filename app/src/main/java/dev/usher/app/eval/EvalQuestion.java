package dev.usher.app.eval;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a question set.
 *
 * @param expect what the answer text must contain (found, case-insensitive); empty for an
 *     abstention question
 * @param source the file name or {@code session:ID} the answer must cite; empty when abstaining
 * @param now when the question is asked, in the conference's zone
 * @param data the conference folder for this question, relative to the set's file
 */
public record EvalQuestion(
    String id,
    String question,
    Optional<Pattern> expect,
    Optional<String> source,
    Optional<LocalDateTime> now,
    Optional<String> data) {
  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
  }

  public boolean expectsAbstention() {
    return expect.isEmpty();
  }
}
