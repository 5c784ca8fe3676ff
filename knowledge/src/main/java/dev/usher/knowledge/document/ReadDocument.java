package dev.usher.knowledge.document;

import java.util.List;
import java.util.Optional;

/**
 * A document as read: its title, the url it states (if any) and its blocks in reading order.
 */
public record ReadDocument(String title, Optional<String> url, List<Block> blocks) {
  public ReadDocument {
    blocks = List.copyOf(blocks);
  }
}
