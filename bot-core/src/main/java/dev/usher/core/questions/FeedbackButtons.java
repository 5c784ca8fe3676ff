package dev.usher.core.questions;

import dev.usher.core.reply.Button;
import java.util.List;
import java.util.Optional;

/**
 * The "Helpful" / "Not helpful" buttons under an answer. Their actions name the logged question by
 * its short id and nothing else: {@code feedback:helpful:ID}, {@code feedback:not-helpful:ID}.
 */
public final class FeedbackButtons {
  static final String HELPFUL = "feedback:helpful:";
  static final String NOT_HELPFUL = "feedback:not-helpful:";

  private FeedbackButtons() {}

  /** The buttons under the answer to the logged question {@code id}. */
  public static List<Button> under(String id) {
    return List.of(
        new Button("Helpful", HELPFUL + id), new Button("Not helpful", NOT_HELPFUL + id));
  }

  /** The click that {@code action} stands for; empty when it is no feedback button's. */
  public static Optional<Click> read(String action) {
    if (action.startsWith(HELPFUL) && action.length() > HELPFUL.length()) {
      return Optional.of(
          new Click(action.substring(HELPFUL.length()), LoggedQuestion.Feedback.HELPFUL));
    }
    if (action.startsWith(NOT_HELPFUL) && action.length() > NOT_HELPFUL.length()) {
      return Optional.of(
          new Click(action.substring(NOT_HELPFUL.length()), LoggedQuestion.Feedback.NOT_HELPFUL));
    }
    return Optional.empty();
  }

  /** The logged question's id of an answer's button, and what was said of it. */
  public record Click(String id, LoggedQuestion.Feedback feedback) {}

  /** The logged question an answer's buttons name, if it has them. */
  public static Optional<String> questionOf(List<Button> buttons) {
    return buttons.stream()
        .map(button -> read(button.action()))
        .flatMap(Optional::stream)
        .map(Click::id)
        .findFirst();
  }
}
