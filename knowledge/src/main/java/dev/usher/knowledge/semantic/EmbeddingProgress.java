package dev.usher.knowledge.semantic;

/** Told, after each batch, how many of a build's passages and sessions have their vectors. */
@FunctionalInterface
public interface EmbeddingProgress {
  EmbeddingProgress SILENT = (done, total) -> {};

  void embedded(int done, int total);
}
