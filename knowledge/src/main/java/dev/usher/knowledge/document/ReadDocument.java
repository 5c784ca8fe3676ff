package dev.usher.knowledge.document;

import java.util.List;

/**
 * A document as read: its title and its blocks in reading order. No link a document states about
 * itself (a canonical URL, a front-matter {@code url}) is kept: a source's link must come from the
 * organizer's configuration, or any file dropped into the folder could put an official-looking link
 * under an answer.
 */
public record ReadDocument(String title, List<Block> blocks) {
  public ReadDocument {
    blocks = List.copyOf(blocks);
  }
}
