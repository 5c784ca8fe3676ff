package dev.usher.knowledge.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2, quantized, run in-process by ONNX Runtime from the weights inside its jar: no
 * network, no GPU. Symmetric (questions and passages are embedded alike); reads at most 256 word
 * pieces of a text, so passages are kept short and lead with their title and heading. A batch is
 * spread over every core.
 */
final class MiniLmSentenceModel implements SentenceModel {
  static final String ID = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
  private static final int DIMENSIONS = 384;

  private final ExecutorService workers;
  private final EmbeddingModel model;

  MiniLmSentenceModel() {
    int cores = Runtime.getRuntime().availableProcessors();
    this.workers =
        Executors.newFixedThreadPool(
            cores,
            runnable -> {
              Thread thread = new Thread(runnable, "usher-embedding");
              thread.setDaemon(true);
              return thread;
            });
    try {
      this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
    } catch (RuntimeException | LinkageError e) {
      workers.shutdownNow();
      throw e;
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments =
        texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(Vectors.unit(embedding.vector()));
    }
    return vectors;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
