package dev.usher.knowledge.semantic;

import java.util.List;

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

  @Override
  void close();
}
