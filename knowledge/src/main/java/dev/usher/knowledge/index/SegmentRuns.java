package dev.usher.knowledge.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * A few hits in document order, cut into the runs that fall in one segment each: per-segment
 * iterators (scorers, doc values) move forward only, so each is opened once per run and advanced
 * over its hits.
 */
final class SegmentRuns {
  /** What is done with the hits {@code docs[from, to)}, all in {@code leaf}. */
  @FunctionalInterface
  interface Run {
    void visit(LeafReaderContext leaf, int from, int to) throws IOException;
  }

  private SegmentRuns() {}

  /** The top-level document ids {@code docs}, ascending, each once. */
  static int[] sorted(Collection<Integer> docs) {
    return docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  /** Calls {@code run} for each segment's run of {@code sorted} (ascending top-level ids). */
  static void forEach(List<LeafReaderContext> leaves, int[] sorted, Run run) throws IOException {
    int from = 0;
    while (from < sorted.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[from], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int to = from;
      while (to < sorted.length && sorted[to] < end) {
        to++;
      }
      run.visit(leaf, from, to);
      from = to;
    }
  }
}
