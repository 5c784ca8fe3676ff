package dev.usher.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Which words each of a few hits holds: one scorer per word and segment, advanced over the hits in
 * document order. Asking {@link Weight#matches} per hit and word gave the same answer, but built a
 * scorer for every pair (some 300 a question). Not thread-safe; one per search.
 */
final class WordCoverage {
  private final int[] docs;
  private final List<Set<String>> matched = new ArrayList<>();

  private WordCoverage(int[] docs) {
    this.docs = docs;
    for (int i = 0; i < docs.length; i++) {
      matched.add(new HashSet<>());
    }
  }

  /** Which keys of {@code weights} match each of {@code docs} (top-level document ids). */
  static WordCoverage of(
      Map<String, Weight> weights, List<LeafReaderContext> leaves, Collection<Integer> docs)
      throws IOException {
    WordCoverage coverage = new WordCoverage(SegmentRuns.sorted(docs));
    SegmentRuns.forEach(
        leaves,
        coverage.docs,
        (leaf, from, to) -> {
          for (Map.Entry<String, Weight> word : weights.entrySet()) {
            coverage.mark(word.getKey(), word.getValue(), leaf, from, to);
          }
        });
    return coverage;
  }

  /**
   * The keys whose query matches {@code doc}; empty for a document not given or matched by none.
   */
  Set<String> wordsIn(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    return at < 0 ? Set.of() : Set.copyOf(matched.get(at));
  }

  /**
   * Adds {@code word} to the hits {@code docs[from, to)} of {@code leaf} that its weight matches.
   */
  private void mark(String word, Weight weight, LeafReaderContext leaf, int from, int to)
      throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      return;
    }
    Scorer scorer = supplier.get(to - from);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    for (int i = from; i < to; i++) {
      int target = docs[i] - leaf.docBase;
      int at = candidates.docID() < target ? candidates.advance(target) : candidates.docID();
      if (at == DocIdSetIterator.NO_MORE_DOCS) {
        return;
      }
      if (at == target && (twoPhase == null || twoPhase.matches())) {
        matched.get(i).add(word);
      }
    }
  }
}
