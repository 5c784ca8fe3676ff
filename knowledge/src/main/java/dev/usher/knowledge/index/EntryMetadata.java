package dev.usher.knowledge.index;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.reply.Source;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;

/**
 * What each of a few hits is and where it comes from, read from doc values. Doc values iterate
 * forward only, so the hits are visited in document order with one iterator per field and segment;
 * opening one per hit and field (some 100 a question) cost as much as reading the values.
 */
final class EntryMetadata {
  /** One entry's kind and source. */
  record About(PassageHit.Kind kind, Source source) {}

  private final int[] docs;
  private final About[] about;

  private EntryMetadata(int[] docs) {
    this.docs = docs;
    this.about = new About[docs.length];
  }

  /** Reads the kind and source of each of {@code docs} (top-level document ids). */
  static EntryMetadata of(List<LeafReaderContext> leaves, Collection<Integer> docs)
      throws IOException {
    EntryMetadata metadata = new EntryMetadata(SegmentRuns.sorted(docs));
    SegmentRuns.forEach(leaves, metadata.docs, metadata::read);
    return metadata;
  }

  /** The kind and source of {@code doc}, one of the documents this was read for. */
  About of(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    if (at < 0) {
      throw new IllegalArgumentException("not one of the documents read: " + doc);
    }
    return about[at];
  }

  /** Reads the entries {@code docs[from, to)}, all in {@code leaf}. */
  private void read(LeafReaderContext leaf, int from, int to) throws IOException {
    int[] inLeaf = Arrays.copyOfRange(docs, from, to);
    String[] kinds = values(leaf, IndexSchema.KIND, inLeaf);
    String[] sourceIds = values(leaf, IndexSchema.SOURCE_ID, inLeaf);
    String[] titles = values(leaf, IndexSchema.TITLE, inLeaf);
    String[] headings = values(leaf, IndexSchema.HEADING, inLeaf);
    String[] urls = values(leaf, IndexSchema.URL, inLeaf);
    for (int i = 0; i < inLeaf.length; i++) {
      PassageHit.Kind kind =
          IndexSchema.KIND_SESSION.equals(kinds[i])
              ? PassageHit.Kind.SESSION
              : PassageHit.Kind.DOCUMENT;
      Source source =
          new Source(
              sourceIds[i],
              titles[i],
              Optional.of(headings[i]).filter(h -> !h.isBlank()),
              Optional.of(urls[i]).filter(u -> !u.isEmpty()));
      about[from + i] = new About(kind, source);
    }
  }

  /** The field's value for each of {@code docs} (ascending top-level ids); "" where it has none. */
  private static String[] values(LeafReaderContext leaf, String field, int[] docs)
      throws IOException {
    String[] values = new String[docs.length];
    Arrays.fill(values, "");
    BinaryDocValues iterator = leaf.reader().getBinaryDocValues(field);
    if (iterator == null) {
      return values;
    }
    for (int i = 0; i < docs.length; i++) {
      if (iterator.advanceExact(docs[i] - leaf.docBase)) {
        values[i] = iterator.binaryValue().utf8ToString();
      }
    }
    return values;
  }
}
