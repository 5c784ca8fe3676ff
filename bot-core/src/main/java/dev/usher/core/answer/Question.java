package dev.usher.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * A question reduced to its evidence.
 *
 * @param text the question as answered (cut when it was too long)
 * @param words its content words, in order, without question words and filler
 * @param phrases adjacent content words, and quoted text, that count more when found together
 * @param cut whether the question was cut to {@link QuestionReader#MAX_CHARS}
 */
record Question(String text, List<String> words, List<String> phrases, boolean cut) {
  Question {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
  }
}
