package dev.usher.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one text holds an intent's answers, for asking of many of its parts (its lines, its
 * sentences, the passage under its heading): one scan of the text, made as far as the questions
 * need, instead of a scan of every part. Gives the same answer as matching each part on its own.
 * Not thread-safe; one per text.
 */
final class AnswerSpans {
  private final Pattern pattern;
  private final boolean anchored;
  private final String text;
  private final Matcher scan;
  private final List<int[]> found = new ArrayList<>();
  private boolean scannedAll;

  /**
   * @param anchored whether the pattern uses {@code ^} or {@code $}, which match where a part
   *     starts or ends (and {@code $} before a line break ending it): each part is then matched
   *     alone
   */
  AnswerSpans(Pattern pattern, boolean anchored, String text) {
    this.pattern = pattern;
    this.anchored = anchored;
    this.text = text;
    this.scan = pattern.matcher(text);
  }

  /** Whether {@code text[from, to)}, matched on its own, holds an answer. */
  boolean within(int from, int to) {
    // A match inside the part is a match of the part alone only when what borders the part is no
    // word character (a word boundary would differ at its edges); else the part is matched alone.
    if (anchored || from >= to || wordCharAt(from - 1) || wordCharAt(to)) {
      return alone(from, to);
    }
    boolean crossed = false;
    for (int i = 0; ; i++) {
      if (i == found.size() && !scanOne()) {
        break;
      }
      int[] match = found.get(i);
      if (match[0] >= to) {
        break;
      }
      if (match[1] > from) {
        if (match[0] >= from && match[1] <= to) {
          return true;
        }
        crossed = true;
      }
    }
    // A match across the part's edge may have taken the characters of one inside it: the part
    // alone decides. Without any match touching the part, the part alone holds none either.
    return crossed && alone(from, to);
  }

  /** Whether the whole text holds an answer. */
  boolean any() {
    return within(0, text.length());
  }

  private boolean alone(int from, int to) {
    return pattern.matcher(text).region(from, to).find();
  }

  private boolean scanOne() {
    if (scannedAll || !scan.find()) {
      scannedAll = true;
      return false;
    }
    found.add(new int[] {scan.start(), scan.end()});
    return true;
  }

  private boolean wordCharAt(int at) {
    if (at < 0 || at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
