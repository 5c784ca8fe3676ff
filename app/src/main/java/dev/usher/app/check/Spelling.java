package dev.usher.app.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known word a misspelt key most likely meant. */
final class Spelling {
  /** At most this many single-letter edits apart ("remindres" is two from "reminders"). */
  static final int MAX_EDITS = 2;

  private Spelling() {}

  static Optional<String> closest(String word, Collection<String> known) {
    String typed = word.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(k -> distance(typed, k) <= Math.min(MAX_EDITS, Math.max(1, k.length() / 3)))
        .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
