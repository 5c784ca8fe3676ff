package dev.usher.knowledge.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2, quantized, run in-process by ONNX Runtime from the weights inside its jar: no
 * network, no GPU. Symmetric (questions and passages are embedded alike); reads at most 256 word
 * pieces of a text, so passages are kept short and lead with their title and heading. A batch is
 * spread over every core, one text per core at a time: ONNX Runtime's own thread pool is off, since
 * a short text gains nothing from it and a batch lost a quarter of its speed to the two pools
 * contending for the same cores. A question is embedded on a thread of its own, so that the words
 * are searched meanwhile.
 */
final class MiniLmSentenceModel implements SentenceModel {
  static final String ID = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
  private static final int DIMENSIONS = 384;

  private final ExecutorService workers;
  private final ExecutorService questions;
  private final EmbeddingModel model;

  MiniLmSentenceModel() {
    int cores = Runtime.getRuntime().availableProcessors();
    this.workers = daemons(cores, "usher-embedding");
    this.questions = daemons(cores, "usher-question-embedding");
    try {
      this.model = new SingleThreadedRuns(workers);
    } catch (RuntimeException | LinkageError e) {
      workers.shutdownNow();
      questions.shutdownNow();
      throw e;
    }
  }

  private static ExecutorService daemons(int count, String name) {
    return Executors.newFixedThreadPool(
        count,
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          return thread;
        });
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
  public CompletableFuture<float[]> embedLater(String text) {
    return CompletableFuture.supplyAsync(() -> embed(List.of(text)).get(0), questions);
  }

  @Override
  public void close() {
    workers.shutdownNow();
    questions.shutdownNow();
  }

  /**
   * The bundled weights and word pieces in a session whose every run stays on its calling thread.
   * Loaded once per process, like the library's own model, since every index of it shares one.
   */
  private static final class SingleThreadedRuns extends AbstractInProcessEmbeddingModel {
    private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
    private static final OnnxBertBiEncoder ENCODER = load();

    SingleThreadedRuns(Executor batches) {
      super(batches);
    }

    private static OnnxBertBiEncoder load() {
      try (InputStream wordPieces = resource("all-minilm-l6-v2-q-tokenizer.json");
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        // Without its arena a run's buffers go back to malloc: 7-10 MB less resident, as fast.
        options.setCPUArenaAllocator(false);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(outsideTheHeap(WEIGHTS), options);
        return new OnnxBertBiEncoder(environment, session, wordPieces, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime could not open the sentence model", e);
      }
    }

    /**
     * The resource {@code name} read into native memory: the 23 MB of weights read into a Java
     * array grew the heap by twice that for good, since the heap keeps what it once held (43 MB
     * more resident for the life of serve). ONNX Runtime copies the model as it opens it.
     */
    private static ByteBuffer outsideTheHeap(String name) throws IOException {
      URL url = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource("/" + name);
      if (url == null) {
        throw new IOException(name + " is missing from the model's jar");
      }
      URLConnection connection = url.openConnection();
      long size = connection.getContentLengthLong();
      if (size < 0 || size > Integer.MAX_VALUE) {
        throw new IOException(name + " has no size the model's jar can say");
      }
      ByteBuffer bytes = ByteBuffer.allocateDirect((int) size);
      try (ReadableByteChannel in = Channels.newChannel(connection.getInputStream())) {
        while (bytes.hasRemaining()) {
          if (in.read(bytes) < 0) {
            throw new IOException(name + " is shorter than the model's jar says");
          }
        }
      }
      return bytes.flip();
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
      if (in == null) {
        throw new IOException(name + " is missing from the model's jar");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return ENCODER;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
