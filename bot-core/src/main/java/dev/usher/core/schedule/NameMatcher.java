package dev.usher.core.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds rooms, tracks or speakers by forgiving name: case, accents, partial names ("baird" for
 * "Alice Baird"), word order and small typos. Matches only the schedule's own values. Immutable.
 */
final class NameMatcher {
  private static final BitSet EMPTY = new BitSet();

  private final List<String> names;

  /** Each name's words ({@link Words#tokens}), by the name's position in {@code names}. */
  private final List<List<String>> nameWords;

  /** Positions of the names by their folded whole, for the exact match. */
  private final Map<String, List<Integer>> byFolded = new HashMap<>();

  /**
   * Positions of the names holding each word, sorted by word: what a typed prefix is looked up in.
   */
  private final NavigableMap<String, BitSet> byWord = new TreeMap<>();

  /** Positions of the names by their first word, and those first words by length (for typos). */
  private final Map<String, BitSet> byFirstWord = new HashMap<>();

  private final Map<Integer, List<String>> firstWordsByLength = new HashMap<>();

  /** Positions of the names of two or more words by their last word, and those words by length. */
  private final Map<String, BitSet> byLastWord = new HashMap<>();

  private final Map<Integer, List<String>> lastWordsByLength = new HashMap<>();

  NameMatcher(Set<String> names) {
    this.names = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    this.nameWords = this.names.stream().map(Words::tokens).toList();
    for (int i = 0; i < this.names.size(); i++) {
      byFolded.computeIfAbsent(Words.fold(this.names.get(i)), f -> new ArrayList<>()).add(i);
      List<String> words = nameWords.get(i);
      for (String word : words) {
        byWord.computeIfAbsent(word, w -> new BitSet()).set(i);
      }
      if (!words.isEmpty()) {
        add(byFirstWord, firstWordsByLength, words.get(0), i);
      }
      if (words.size() >= 2) {
        add(byLastWord, lastWordsByLength, words.get(words.size() - 1), i);
      }
    }
  }

  private static void add(
      Map<String, BitSet> byWord, Map<Integer, List<String>> byLength, String word, int position) {
    if (!byWord.containsKey(word)) {
      byLength.computeIfAbsent(word.length(), length -> new ArrayList<>()).add(word);
    }
    byWord.computeIfAbsent(word, w -> new BitSet()).set(position);
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
    List<Integer> exact = byFolded.getOrDefault(folded, List.of());
    if (!exact.isEmpty()) {
      return exact.stream().map(names::get).toList();
    }
    List<String> typedWords = Words.tokens(typed);
    if (typedWords.isEmpty()) {
      return List.of();
    }
    // Every typed word starts a word of the name: the names holding a word in each typed word's
    // prefix run.
    BitSet partial = new BitSet();
    partial.set(0, names.size());
    for (String word : typedWords) {
      BitSet starting = new BitSet();
      byWord.subMap(word, true, word + Character.MAX_VALUE, true).values().forEach(starting::or);
      partial.and(starting);
    }
    if (!partial.isEmpty()) {
      return partial.stream().mapToObj(names::get).toList();
    }
    // With typos (a rarer, slower path: a command whose name matched nothing else).
    List<String> withTypos = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (coversAll(typedWords, nameWords.get(i), true)) {
        withTypos.add(names.get(i));
      }
    }
    return withTypos;
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
    // Only the names whose first word is among the question's words (or a typo of one) can be in
    // it.
    BitSet candidates = new BitSet();
    for (String word : words) {
      candidates.or(byFirstWord.getOrDefault(word, EMPTY));
      for (String first : similarWords(word, firstWordsByLength, 5)) {
        candidates.or(byFirstWord.get(first));
      }
    }
    Set<String> found = new LinkedHashSet<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      List<String> nameWords = this.nameWords.get(i);
      if (containsSequence(words, nameWords)) {
        String only = nameWords.get(0);
        boolean plainWord =
            ordinary.contains(only)
                || ordinary.contains(only + "s")
                || (only.endsWith("s") && ordinary.contains(only.substring(0, only.length() - 1)));
        if (nameWords.size() > 1 || (!plainWord && only.length() >= 4)) {
          found.add(names.get(i));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The names of two or more words whose last word of 4+ letters, not an ordinary word, is among
   * {@code words} (a typo allowed for 6+ letters): a speaker named by their last name.
   */
  List<String> namedByLastWord(List<String> words, Set<String> ordinary) {
    BitSet found = new BitSet();
    for (String word : words) {
      if (word.length() >= 4 && !ordinary.contains(word)) {
        found.or(byLastWord.getOrDefault(word, EMPTY));
      }
      for (String last : similarWords(word, lastWordsByLength, 6)) {
        if (!ordinary.contains(last)) {
          found.or(byLastWord.get(last));
        }
      }
    }
    return found.stream().mapToObj(names::get).toList();
  }

  /**
   * The words of {@code byLength} of {@code minimum}+ letters that {@link Words#similar} finds
   * close to {@code word}.
   */
  private static List<String> similarWords(
      String word, Map<Integer, List<String>> byLength, int minimum) {
    List<String> similar = new ArrayList<>();
    int edits = Words.allowedEdits(Math.max(word.length(), minimum));
    for (int length = Math.max(minimum, word.length() - edits);
        length <= word.length() + edits;
        length++) {
      for (String known : byLength.getOrDefault(length, List.of())) {
        if (Words.similar(word, known)) {
          similar.add(known);
        }
      }
    }
    return similar;
  }

  private static boolean containsSequence(List<String> words, List<String> sequence) {
    for (int i = 0; i + sequence.size() <= words.size(); i++) {
      boolean all = true;
      for (int j = 0; j < sequence.size() && all; j++) {
        String want = sequence.get(j);
        String have = words.get(i + j);
        // A one-word name (a handle such as "stars") is taken only as typed: with typos it would
        // be found in ordinary words ("start").
        all =
            want.length() >= 5 && sequence.size() > 1
                ? Words.similar(have, want)
                : have.equals(want);
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
              .anyMatch(
                  n -> typos ? Words.prefixOf(word, n) : n.startsWith(word) || n.equals(word));
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
