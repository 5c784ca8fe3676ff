package dev.usher.core.schedule;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Forgiving word comparison for schedule values typed by attendees: case, accents, punctuation and
 * small typos do not matter. Stateless.
 */
final class Words {

  /** English words that carry no topic; question and schedule words are listed apart. */
  static final Set<String> STOP =
      words(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "on",
          "in",
          "at",
          "to",
          "for",
          "by",
          "with",
          "from",
          "about",
          "is",
          "are",
          "was",
          "be",
          "do",
          "does",
          "did",
          "there",
          "any",
          "anything",
          "something",
          "some",
          "i",
          "me",
          "my",
          "we",
          "our",
          "you",
          "your",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "can",
          "could",
          "should",
          "will",
          "would",
          "go",
          "going",
          "see",
          "find",
          "happening",
          "happen",
          "s",
          "re",
          "pls",
          "please",
          "u",
          "im",
          "get",
          "much",
          "give",
          "show",
          "tell",
          "list",
          "all",
          "other",
          "else",
          "again",
          "up",
          "coming",
          "still",
          "want",
          "like",
          "know",
          "have",
          "has",
          "one",
          "whats",
          "wheres",
          "whos",
          "whens",
          "on",
          "also",
          "which",
          "how",
          "long",
          "were",
          "being",
          "been",
          "am",
          "get",
          "gonna",
          "wanna",
          "happens",
          "held",
          "hold",
          "going",
          "catch",
          "attend");

  /** Words that ask about the schedule without naming a topic. */
  static final Set<String> QUESTION =
      words(
          "when",
          "where",
          "who",
          "what",
          "whats",
          "wheres",
          "whos",
          "whens",
          "time",
          "times",
          "start",
          "starts",
          "starting",
          "begin",
          "begins",
          "end",
          "ends",
          "finish",
          "finishes",
          "over",
          "speak",
          "speaks",
          "speaking",
          "talk",
          "talks",
          "talking",
          "session",
          "sessions",
          "presenting",
          "presents",
          "present",
          "presentation",
          "presentations",
          "giving",
          "gives",
          "room",
          "rooms",
          "track",
          "tracks",
          "schedule",
          "program",
          "programme",
          "agenda",
          "scheduled",
          "location",
          "located",
          "speaker",
          "speakers",
          "event",
          "events",
          "slot",
          "happening",
          "running",
          "on",
          "lecture",
          "lectures",
          "day");

  private Words() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /**
   * Lower case, accents and punctuation removed, single spaces: decomposed, marks removed,
   * lower-cased, each run of what is no letter or digit one space. Written out in loops rather than
   * as regular expressions, which were most of a restart's time at 10,000 sessions (every session's
   * title and abstract is folded when the schedule is first asked about).
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = withoutMarks(decomposed).toLowerCase(Locale.ROOT);
    plain = plain.replace("'s ", " ").replace("’s ", " ");
    return lettersAndDigitsSpaced(plain);
  }

  private static String withoutMarks(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isMark(c)) {
        kept.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return kept.toString();
  }

  /** Each run of what is no letter or digit as one space, none at either end. */
  private static String lettersAndDigitsSpaced(String text) {
    StringBuilder spaced = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isLetterOrNumber(c)) {
        if (gap && !spaced.isEmpty()) {
          spaced.append(' ');
        }
        spaced.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
      i += Character.charCount(c);
    }
    return spaced.toString();
  }

  /** Unicode's M categories, as {@code \p{M}} in a regular expression. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Unicode's L and N categories, as {@code [\p{L}\p{N}]} in a regular expression. */
  private static boolean isLetterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  static List<String> tokens(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /**
   * True when {@code typed} is {@code word} with at most the typos its length allows. Numbers are
   * never typos: a year, a price or a room number that differs is another one.
   */
  static boolean similar(String typed, String word) {
    if (typed.equals(word)) {
      return true;
    }
    if (hasDigit(typed) || hasDigit(word)) {
      return false;
    }
    int allowed = allowedEdits(Math.min(typed.length(), word.length()));
    return allowed > 0
        && Math.abs(typed.length() - word.length()) <= allowed
        && distance(typed, word, allowed) <= allowed;
  }

  /** True when {@code typed} is a (typo-tolerant) prefix of {@code word} of at least 3 letters. */
  static boolean prefixOf(String typed, String word) {
    if (typed.length() < 3 || typed.length() > word.length()) {
      return similar(typed, word);
    }
    return word.startsWith(typed)
        || similar(typed, word)
        || similar(typed, word.substring(0, typed.length()));
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int allowedEdits(int length) {
    if (length < 4) {
      return 0;
    }
    return length < 8 ? 1 : 2;
  }

  /** Optimal string alignment distance (transpositions count once), cut off above {@code max}. */
  static int distance(String a, String b, int max) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
