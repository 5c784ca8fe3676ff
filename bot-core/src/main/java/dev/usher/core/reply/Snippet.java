package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * Text quoted from the conference material, with the spans that match the question marked for
 * emphasis. Offsets are UTF-16 indexes into {@code text}, sorted and not overlapping.
 */
public record Snippet(String text, List<Span> emphasis) {
  public Snippet {
    Objects.requireNonNull(text, "text");
    emphasis = List.copyOf(emphasis);
    int previousEnd = 0;
    for (Span span : emphasis) {
      if (span.start() < previousEnd || span.end() > text.length()) {
        throw new IllegalArgumentException("emphasis " + span + " is out of order or out of text");
      }
      previousEnd = span.end();
    }
  }

  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** A half-open range {@code [start, end)} of a snippet's text. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "span [" + start + ", " + end + ") is empty or negative");
      }
    }
  }
}
