package dev.usher.core.answer;

import dev.usher.core.reply.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a snippet to a length an attendee reads at a glance, keeping the first emphasized words in
 * view and cutting at word boundaries.
 */
final class SnippetTrimmer {
  private static final String ELLIPSIS = "…";

  private SnippetTrimmer() {}

  static Snippet trim(Snippet snippet, int maxChars) {
    String text = snippet.text();
    if (text.length() <= maxChars) {
      return snippet;
    }
    int anchor = snippet.emphasis().isEmpty() ? 0 : snippet.emphasis().get(0).start();
    int start = anchor < maxChars / 3 ? 0 : wordStart(text, anchor - maxChars / 3);
    int end = wordEnd(text, Math.min(text.length(), start + maxChars - 2));
    String prefix = start > 0 ? ELLIPSIS : "";
    String suffix = end < text.length() ? ELLIPSIS : "";
    String cut = prefix + text.substring(start, end).strip() + suffix;
    int shift =
        prefix.length()
            - start
            - (text.substring(start, end).length()
                - text.substring(start, end).stripLeading().length());
    List<Snippet.Span> spans = new ArrayList<>();
    for (Snippet.Span span : snippet.emphasis()) {
      int s = span.start() + shift;
      int e = span.end() + shift;
      if (s >= prefix.length() && e <= cut.length() - suffix.length()) {
        spans.add(new Snippet.Span(s, e));
      }
    }
    return new Snippet(cut, spans);
  }

  private static int wordStart(String text, int at) {
    int i = Math.max(0, at);
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int at) {
    int i = at;
    while (i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i <= 0 ? at : i;
  }
}
