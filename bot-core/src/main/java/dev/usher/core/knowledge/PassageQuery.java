package dev.usher.core.knowledge;

import java.util.List;

/**
 * A question reduced to its evidence.
 *
 * @param text the question as the attendee typed it (cut to the length the bot reads), for search
 *     by meaning; blank when only the words should be searched
 * @param words the content words of the question, as typed (question words and filler removed)
 * @param phrases runs of two or more adjacent content words, and quoted text, that count more when
 *     found together
 * @param limit how many hits to return at most
 */
public record PassageQuery(String text, List<String> words, List<String> phrases, int limit) {
  public PassageQuery {
    java.util.Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** A search by words only. */
  public PassageQuery(List<String> words, List<String> phrases, int limit) {
    this("", words, phrases, limit);
  }
}
