package dev.usher.knowledge.index;

import dev.usher.core.reply.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's matched sentences into a {@link Snippet} of the whole passage text with
 * every matched word marked, so the core can choose which sentences to quote.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Snippet format(Passage[] passages, String content) {
    List<Snippet.Span> emphasis = new ArrayList<>();
    List<Passage> inOrder = new ArrayList<>(List.of(passages));
    inOrder.sort((a, b) -> Integer.compare(a.getStartOffset(), b.getStartOffset()));
    int lastEnd = 0;
    for (Passage passage : inOrder) {
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], lastEnd);
        int end = Math.min(passage.getMatchEnds()[i], content.length());
        if (end > start) {
          emphasis.add(new Snippet.Span(start, end));
          lastEnd = end;
        }
      }
    }
    return new Snippet(content, emphasis);
  }
}
