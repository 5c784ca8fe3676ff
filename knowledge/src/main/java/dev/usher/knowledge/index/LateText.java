package dev.usher.knowledge.index;

import dev.usher.core.reply.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * A hit's body, read from the index and marked only when the core asks for it: most hits of a
 * question are ranked out on their scores alone, and reading and decompressing every body was the
 * largest cost of a search after the search itself. Reads the index version the hit was found in,
 * which {@link PassageIndex} keeps open until the rebuild after the one that replaced it.
 */
final class LateText {
  private static final Set<String> BODY_ONLY = Set.of(IndexSchema.BODY);

  private final IndexReader version;
  private final LeafReader segment;
  private final int segmentDoc;
  private final TermEmphasis emphasis;

  LateText(IndexReader version, LeafReader segment, int segmentDoc, TermEmphasis emphasis) {
    this.version = version;
    this.segment = segment;
    this.segmentDoc = segmentDoc;
    this.emphasis = emphasis;
  }

  /**
   * The marked body; empty when two rebuilds came between the search and this read, so that version
   * of the index is closed (the hit then says nothing, and is not quoted).
   */
  Snippet read() {
    if (!version.tryIncRef()) {
      return Snippet.plain("");
    }
    try {
      String body =
          Optional.ofNullable(
                  segment.storedFields().document(segmentDoc, BODY_ONLY).get(IndexSchema.BODY))
              .orElse("");
      return emphasis.mark(body, segment, segmentDoc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a passage from the index", e);
    } finally {
      try {
        version.decRef();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the index", e);
      }
    }
  }
}
