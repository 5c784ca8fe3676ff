package dev.usher.knowledge.index;

import dev.usher.core.reply.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best sentences into a {@link Snippet}: the sentences in reading order,
 * joined by an ellipsis where text was left out, with each matched word marked for emphasis.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final String GAP = " … ";

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Span> emphasis = new ArrayList<>();
    int previousEnd = -1;
    for (Passage passage : passages) {
      String piece = content.substring(passage.getStartOffset(), passage.getEndOffset());
      String trimmed = piece.stripLeading();
      int leading = piece.length() - trimmed.length();
      trimmed = trimmed.stripTrailing();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(passage.getStartOffset() == previousEnd ? " " : GAP);
      }
      int base = text.length() - passage.getStartOffset() - leading;
      int pieceStart = text.length();
      text.append(trimmed);
      int lastEnd = pieceStart;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i] + base, lastEnd);
        int end = Math.min(passage.getMatchEnds()[i] + base, text.length());
        if (end > start) {
          emphasis.add(new Snippet.Span(start, end));
          lastEnd = end;
        }
      }
      previousEnd = passage.getEndOffset();
    }
    return new Snippet(text.toString(), emphasis);
  }
}
