package dev.usher.knowledge.semantic;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Turns text into unit-length vectors whose dot product says how alike two texts are in meaning.
 * Implementations are thread-safe.
 */
public interface SentenceModel extends AutoCloseable {

  /** Names the model and its version: vectors of different models must never be mixed. */
  String id();

  int dimensions();

  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /**
   * The vector of {@code text}, worked out on another thread where the model has one, so that the
   * caller can do other work meanwhile.
   */
  default CompletableFuture<float[]> embedLater(String text) {
    return CompletableFuture.completedFuture(embed(List.of(text)).get(0));
  }

  @Override
  void close();
}
