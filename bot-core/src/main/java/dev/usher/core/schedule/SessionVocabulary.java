package dev.usher.core.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Some words of each session of a schedule (its titles and names, say, or all its text), and which
 * sessions hold each: what a typed word's forms are looked up in. Immutable.
 *
 * <p>A typed word's forms are looked up among the words of its length (a typo changes the length by
 * at most two) and by prefix, never by reading every word.
 */
final class SessionVocabulary {
  /** Every word, sorted: what a typed word's forms are looked up in, by prefix. */
  private final NavigableSet<String> words = new TreeSet<>();

  /**
   * The same words without digits (a number is never a typo) by length, for the typo-tolerant
   * lookup.
   */
  private final Map<Integer, Bucket> wordsByLength = new HashMap<>();

  /** For each word, the positions of the sessions that hold it. */
  private final Map<String, BitSet> holders = new HashMap<>();

  /**
   * @param wordsByPosition the words of each session, by its position in the schedule, given as one
   *     or more sets (its title's, its names', ...) that are taken together
   */
  SessionVocabulary(List<List<Set<String>>> wordsByPosition) {
    for (int position = 0; position < wordsByPosition.size(); position++) {
      for (Set<String> part : wordsByPosition.get(position)) {
        for (String word : part) {
          holders.computeIfAbsent(word, w -> new BitSet()).set(position);
        }
      }
    }
    // Every word holds a position: sorting them once, not each session's again.
    words.addAll(holders.keySet());
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String word : words) {
      if (!Words.hasDigit(word)) {
        byLength.computeIfAbsent(word.length(), length -> new ArrayList<>()).add(word);
      }
    }
    byLength.forEach((length, list) -> wordsByLength.put(length, Bucket.of(list)));
  }

  /**
   * Words of one length with their letter masks ({@link #letters}). An edit changes a word's set of
   * letters by at most one letter removed and one added, so two words within {@code k} edits differ
   * in at most {@code 2k} bits of their masks: a test of a few nanoseconds that rules out nearly
   * every word before the edit distance is computed.
   */
  private record Bucket(String[] words, int[] masks) {
    static Bucket of(List<String> words) {
      int[] masks = new int[words.size()];
      for (int i = 0; i < masks.length; i++) {
        masks[i] = letters(words.get(i));
      }
      return new Bucket(words.toArray(String[]::new), masks);
    }
  }

  /** A bit per letter a word holds: a to z their own, other characters folded onto six more. */
  static int letters(String word) {
    int mask = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      mask |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
    }
    return mask;
  }

  /** Every word, sorted. */
  Set<String> words() {
    return Collections.unmodifiableSet(words);
  }

  /**
   * For each typed word, the words here it {@linkplain SessionMatcher#matches matches}: looked up
   * once per question, not once per session, which keeps a schedule of thousands of sessions fast.
   */
  Map<String, Set<String>> forms(List<String> typedWords) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (String word : typedWords) {
      forms.computeIfAbsent(word, this::formsOf);
    }
    return forms;
  }

  /** The words {@link SessionMatcher#matches} accepts for {@code typed}. */
  Set<String> formsOf(String typed) {
    Set<String> matching = new HashSet<>();
    if (words.contains(typed)) {
      matching.add(typed);
    }
    int edits = Words.allowedEdits(typed.length());
    if (edits > 0 && !Words.hasDigit(typed)) {
      int mask = letters(typed);
      for (int length = typed.length() - edits; length <= typed.length() + edits; length++) {
        Bucket bucket = wordsByLength.get(length);
        if (bucket == null) {
          continue;
        }
        for (int i = 0; i < bucket.words().length; i++) {
          if (Integer.bitCount(mask ^ bucket.masks()[i]) <= 2 * edits
              && Words.similar(typed, bucket.words()[i])) {
            matching.add(bucket.words()[i]);
          }
        }
      }
    }
    if (typed.length() >= 4) {
      // Words the typed one starts: the sorted run of words from it up to its last possible
      // follower.
      matching.addAll(words.subSet(typed, true, typed + Character.MAX_VALUE, true));
    }
    // Words that start the typed one (a plural or ending typed on a word of 4+ letters).
    for (int length = Math.max(4, typed.length() - 3); length < typed.length(); length++) {
      String start = typed.substring(0, length);
      if (words.contains(start)) {
        matching.add(start);
      }
    }
    return matching;
  }

  /** The positions of the sessions holding any of {@code forms}. */
  BitSet holding(Set<String> forms) {
    BitSet positions = new BitSet();
    for (String form : forms) {
      BitSet held = holders.get(form);
      if (held != null) {
        positions.or(held);
      }
    }
    return positions;
  }
}
