package dev.usher.knowledge.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A file or folder of documents, relative to the conference folder, with an optional title and url
 * that override what the document itself says (useful for pages saved as text).
 */
public record DocumentEntry(String path, Optional<String> title, Optional<String> url) {
  public DocumentEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    if (path.isBlank()) {
      throw new IllegalArgumentException("documents: a path must not be blank");
    }
  }

  public static DocumentEntry of(String path) {
    return new DocumentEntry(path, Optional.empty(), Optional.empty());
  }
}
