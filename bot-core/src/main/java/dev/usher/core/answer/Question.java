package dev.usher.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * A question reduced to its evidence.
 *
 * @param text the question as asked
 * @param words its content words, in order, without question words and filler
 * @param phrases adjacent content words, and quoted text, that count more when found together
 */
record Question(String text, List<String> words, List<String> phrases) {
  Question {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
  }
}
