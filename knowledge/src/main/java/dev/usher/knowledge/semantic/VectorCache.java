package dev.usher.knowledge.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors of texts already embedded, by a hash of the text, kept in one file beside the index: a
 * rebuild embeds only the passages that changed, and embedding is what indexing costs most. The
 * file holds the vectors of one model; another model's file is ignored. A damaged file is reported
 * and rebuilt, never trusted. With a file, vectors are read from it for each build and not kept on
 * the heap between builds (the index holds them); without one, they are kept in memory.
 * Thread-safe.
 */
public final class VectorCache {
  private static final Logger log = LoggerFactory.getLogger(VectorCache.class);
  private static final int MAGIC = 0x55535631; // "USV1"

  /**
   * Texts embedded per call: big enough to keep every core busy, small enough to report progress.
   */
  static final int BATCH = 64;

  private final SentenceModel model;
  private final Optional<Path> file;

  /** The vectors of the last build, when there is no file to keep them in. */
  private Map<String, float[]> inMemory = Map.of();

  private VectorCache(SentenceModel model, Optional<Path> file) {
    this.model = model;
    this.file = file;
  }

  /** A cache for {@code model}'s vectors in {@code file}; in memory only when empty. */
  public static VectorCache open(SentenceModel model, Optional<Path> file) {
    return new VectorCache(model, file);
  }

  public SentenceModel model() {
    return model;
  }

  /**
   * The vector of each text, embedding (in batches, on every core) only those not cached; {@code
   * progress} is told how many texts are done after each batch. Keeps only these texts' vectors,
   * and writes them to the file when anything changed.
   */
  public synchronized List<float[]> vectors(List<String> texts, IntConsumer progress) {
    Map<String, float[]> known = file.filter(Files::isRegularFile).map(this::read).orElse(inMemory);
    Map<String, float[]> kept = new HashMap<>();
    List<String> keys = texts.stream().map(VectorCache::key).toList();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      float[] vector = known.get(keys.get(i));
      if (vector == null) {
        missing.add(i);
      } else {
        kept.put(keys.get(i), vector);
      }
    }
    int done = texts.size() - missing.size();
    progress.accept(done);
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
      List<float[]> embedded = model.embed(batch.stream().map(texts::get).toList());
      for (int j = 0; j < batch.size(); j++) {
        kept.put(keys.get(batch.get(j)), embedded.get(j));
      }
      done += batch.size();
      progress.accept(done);
    }
    if (!missing.isEmpty() || kept.size() != known.size()) {
      file.ifPresentOrElse(path -> write(path, kept), () -> inMemory = Map.copyOf(kept));
    }
    return keys.stream().map(kept::get).toList();
  }

  static String key(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The vectors in {@code path}; none when it is another model's, truncated or unreadable. */
  private Map<String, float[]> read(Path path) {
    Map<String, float[]> vectors = new HashMap<>();
    try (InputStream raw = Files.newInputStream(path);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      if (in.readInt() != MAGIC
          || !in.readUTF().equals(model.id())
          || in.readInt() != model.dimensions()) {
        return Map.of(); // another model's or another version's vectors: embed again
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = in.readUTF();
        float[] vector = new float[model.dimensions()];
        for (int d = 0; d < vector.length; d++) {
          vector[d] = in.readFloat();
        }
        vectors.put(key, vector);
      }
      return vectors;
    } catch (EOFException e) {
      log.warn("vector cache {} is truncated; embedding again", path);
    } catch (IOException | RuntimeException e) {
      log.warn("vector cache {} cannot be read ({}); embedding again", path, e.getMessage());
    }
    return Map.of();
  }

  private void write(Path path, Map<String, float[]> vectors) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
      try (OutputStream raw = Files.newOutputStream(temporary);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
        out.writeInt(MAGIC);
        out.writeUTF(model.id());
        out.writeInt(model.dimensions());
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
          out.writeUTF(entry.getKey());
          for (float v : entry.getValue()) {
            out.writeFloat(v);
          }
        }
      }
      Files.move(
          temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // This build has its vectors; only the next one pays for them again.
      log.warn(
          "vector cache {} cannot be written ({}); the next build embeds again",
          path,
          e.getMessage());
    }
  }
}
