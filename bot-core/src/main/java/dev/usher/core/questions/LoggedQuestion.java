package dev.usher.core.questions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One question as the log keeps it: what was asked, when, where, and how the bot decided; never who
 * asked.
 *
 * @param id short and unique, carried by the answer's feedback buttons
 * @param platform {@code discord}, {@code slack} or {@code console}
 * @param channel the conversation's id on that platform
 * @param decision the policy's rule that answered ({@code WORDS}, {@code MEANING}, ...), {@code
 *     SCHEDULE} for an answer from the schedule, or {@code DECLINE}
 * @param coverage the best candidate's share of the question's content words, 0 to 1
 * @param similarity the best candidate's closeness in meaning, when semantic search is on
 * @param feedback what the attendee said of the answer, once they said it
 */
public record LoggedQuestion(
    String id,
    Instant askedAt,
    String platform,
    String channel,
    String question,
    Outcome outcome,
    String decision,
    double coverage,
    OptionalDouble similarity,
    Optional<Feedback> feedback) {

  public LoggedQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(feedback, "feedback");
  }

  /** Whether the organizers should see it in the report: declined, or its answer did not help. */
  public boolean unanswered() {
    return outcome == Outcome.DECLINED || feedback.equals(Optional.of(Feedback.NOT_HELPFUL));
  }

  /** How the bot dealt with a question. */
  public enum Outcome {
    ANSWERED,
    DECLINED,
    /** Answered, but the platform could not send the answer. */
    UNDELIVERED
  }

  /** An attendee's click on an answer's feedback buttons. */
  public enum Feedback {
    HELPFUL,
    NOT_HELPFUL
  }
}
