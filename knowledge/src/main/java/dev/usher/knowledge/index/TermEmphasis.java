package dev.usher.knowledge.index;

import dev.usher.core.reply.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * Marks the words of a passage that a query matches: where each of the query's terms occurs in the
 * passage, read from the offsets the index holds, so the passage is not analyzed again. The same
 * words a highlighter would mark. Thread-safe.
 */
final class TermEmphasis {
  private final String field;
  private final Set<String> terms;

  private TermEmphasis(String field, Set<String> terms) {
    this.field = field;
    this.terms = terms;
  }

  /** Emphasis of {@code query}'s terms in {@code field}. */
  static TermEmphasis of(Query query, String field) {
    Set<Term> found = new HashSet<>();
    query.visit(QueryVisitor.termCollector(found));
    Set<String> terms = new HashSet<>();
    for (Term term : found) {
      if (term.field().equals(field)) {
        terms.add(term.text());
      }
    }
    return new TermEmphasis(field, Set.copyOf(terms));
  }

  /**
   * {@code text}, the field's value of document {@code doc} of {@code reader}, with the query's
   * terms marked where the index says they are.
   */
  Snippet mark(String text, LeafReader reader, int doc) throws IOException {
    Terms indexed = reader.terms(field);
    if (terms.isEmpty() || text.isEmpty() || indexed == null) {
      return Snippet.plain(text);
    }
    if (!indexed.hasOffsets()) {
      throw new IllegalStateException(field + " is indexed without offsets");
    }
    List<Occurrence> occurrences = new ArrayList<>();
    TermsEnum iterator = indexed.iterator();
    for (String term : terms) {
      if (!iterator.seekExact(new BytesRef(term))) {
        continue;
      }
      PostingsEnum postings = iterator.postings(null, PostingsEnum.OFFSETS);
      if (postings.advance(doc) != doc) {
        continue;
      }
      for (int i = 0; i < postings.freq(); i++) {
        int position = postings.nextPosition();
        occurrences.add(new Occurrence(position, postings.startOffset(), postings.endOffset()));
      }
    }
    // In the order the analyzer made them, as marking a fresh analysis did.
    occurrences.sort(Comparator.comparingInt(Occurrence::position));
    List<Snippet.Span> spans = new ArrayList<>();
    int lastEnd = 0;
    for (Occurrence occurrence : occurrences) {
      int start = Math.max(occurrence.start(), lastEnd);
      int end = Math.min(occurrence.end(), text.length());
      if (end > start) {
        spans.add(new Snippet.Span(start, end));
        lastEnd = end;
      }
    }
    return new Snippet(text, spans);
  }

  private record Occurrence(int position, int start, int end) {}
}
