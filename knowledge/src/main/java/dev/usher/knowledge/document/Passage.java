package dev.usher.knowledge.document;

import java.util.Objects;

/**
 * A paragraph-group of a document: what one answer quotes from.
 *
 * @param ordinal the passage's place in its document, from 0
 * @param section the heading it sits under, empty when the document has none before it
 */
public record Passage(int ordinal, String section, String text) {
  public Passage {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
  }
}
