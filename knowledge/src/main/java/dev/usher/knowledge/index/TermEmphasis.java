package dev.usher.knowledge.index;

import dev.usher.core.reply.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Marks the words of a passage that a query matches, by analyzing the passage as it was indexed and
 * comparing its terms with the query's: the same words a highlighter would mark, without going back
 * to the index, so it works after the searcher is released. Thread-safe.
 */
final class TermEmphasis {
  private final Analyzer analyzer;
  private final String field;
  private final Set<String> terms;

  private TermEmphasis(Analyzer analyzer, String field, Set<String> terms) {
    this.analyzer = analyzer;
    this.field = field;
    this.terms = terms;
  }

  /** Emphasis of {@code query}'s terms in {@code field}, analyzed with {@code analyzer}. */
  static TermEmphasis of(Query query, String field, Analyzer analyzer) {
    Set<Term> found = new HashSet<>();
    query.visit(QueryVisitor.termCollector(found));
    Set<String> terms = new HashSet<>();
    for (Term term : found) {
      if (term.field().equals(field)) {
        terms.add(term.text());
      }
    }
    return new TermEmphasis(analyzer, field, Set.copyOf(terms));
  }

  Snippet mark(String text) {
    if (terms.isEmpty() || text.isEmpty()) {
      return Snippet.plain(text);
    }
    List<Snippet.Span> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int lastEnd = 0;
      while (stream.incrementToken()) {
        int start = Math.max(offsets.startOffset(), lastEnd);
        int end = Math.min(offsets.endOffset(), text.length());
        if (end > start && terms.contains(term.toString())) {
          spans.add(new Snippet.Span(start, end));
          lastEnd = end;
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return new Snippet(text, spans);
  }
}
