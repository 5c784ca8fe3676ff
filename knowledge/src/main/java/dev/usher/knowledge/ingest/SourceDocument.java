package dev.usher.knowledge.ingest;

import dev.usher.knowledge.document.Passage;
import java.util.List;
import java.util.Optional;

/**
 * A document ready to index.
 *
 * @param id its path relative to the conference folder
 */
public record SourceDocument(
    String id, String title, Optional<String> url, List<Passage> passages) {
  public SourceDocument {
    passages = List.copyOf(passages);
  }
}
