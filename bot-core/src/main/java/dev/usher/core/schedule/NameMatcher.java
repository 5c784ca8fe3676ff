package dev.usher.core.schedule;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds rooms, tracks or speakers by forgiving name: case, accents, partial names ("baird" for
 * "Alice Baird"), word order and small typos. Matches only the schedule's own values. Immutable.
 */
final class NameMatcher {
  private final List<String> names;

  NameMatcher(Set<String> names) {
    this.names = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  List<String> names() {
    return names;
  }

  /**
   * The names {@code typed} stands for: exact (folded) matches when there are any, else the names
   * of which every typed word starts a word (typos allowed).
   */
  List<String> find(String typed) {
    String folded = Words.fold(typed);
    if (folded.isEmpty()) {
      return List.of();
    }
    List<String> exact = names.stream().filter(n -> Words.fold(n).equals(folded)).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    List<String> typedWords = Words.tokens(typed);
    List<String> partial =
        names.stream().filter(n -> coversAll(typedWords, Words.tokens(n), false)).toList();
    if (!partial.isEmpty()) {
      return partial;
    }
    return names.stream().filter(n -> coversAll(typedWords, Words.tokens(n), true)).toList();
  }

  /** Up to {@code max} names closest to {@code typed}, for "did you mean". */
  List<String> closest(String typed, int max) {
    String folded = Words.fold(typed);
    return names.stream()
        .sorted(Comparator.comparingInt((String n) -> closeness(folded, Words.fold(n))))
        .limit(max)
        .toList();
  }

  /**
   * The names mentioned in a question's words: every word of the name in sequence (typos allowed
   * for long words). Words that make up a single-word name are only taken when that word is long
   * enough not to be an ordinary word by chance; {@code ordinary} lists words never taken alone.
   */
  List<String> mentionedIn(List<String> words, Set<String> ordinary) {
    Set<String> found = new LinkedHashSet<>();
    for (String name : names) {
      List<String> nameWords = Words.tokens(name);
      if (nameWords.isEmpty()) {
        continue;
      }
      if (containsSequence(words, nameWords)) {
        String only = nameWords.get(0);
        boolean plainWord =
            ordinary.contains(only)
                || ordinary.contains(only + "s")
                || (only.endsWith("s") && ordinary.contains(only.substring(0, only.length() - 1)));
        if (nameWords.size() > 1 || (!plainWord && only.length() >= 4)) {
          found.add(name);
        }
      }
    }
    return List.copyOf(found);
  }

  private static boolean containsSequence(List<String> words, List<String> sequence) {
    for (int i = 0; i + sequence.size() <= words.size(); i++) {
      boolean all = true;
      for (int j = 0; j < sequence.size() && all; j++) {
        String want = sequence.get(j);
        String have = words.get(i + j);
        // A one-word name (a handle such as "stars") is taken only as typed: with typos it would
        // be found in ordinary words ("start").
        all = want.length() >= 5 && sequence.size() > 1 ? Words.similar(have, want) : have.equals(want);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean coversAll(List<String> typed, List<String> name, boolean typos) {
    if (typed.isEmpty()) {
      return false;
    }
    for (String word : typed) {
      boolean found =
          name.stream()
              .anyMatch(n -> typos ? Words.prefixOf(word, n) : n.startsWith(word) || n.equals(word));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static int closeness(String typed, String name) {
    if (name.contains(typed) || typed.contains(name)) {
      return 0;
    }
    return Words.distance(typed, name, Math.max(typed.length(), name.length()));
  }
}
